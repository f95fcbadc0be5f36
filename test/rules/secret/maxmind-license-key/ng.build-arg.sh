docker build --build-arg MM=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 .
