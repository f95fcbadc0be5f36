oc login --token=sha256~UwJMopWIllvO0CNfnaQX4Eca-JofLADGva95u46XV84 --server=https://api.example:6443
