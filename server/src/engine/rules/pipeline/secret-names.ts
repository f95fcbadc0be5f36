// Variable names that hold secrets by convention (NPM_TOKEN, DB_PASSWORD, AWS_SECRET_ACCESS_KEY).
// $PWD is the working directory, not a password.
const SECRET_NAME = /(?:^|_)(?:TOKEN|SECRET|PASSWORD|PASSWD|PASSPHRASE|APIKEY|API_KEY|ACCESS_KEY|PRIVATE_KEY|SECRET_KEY|CLIENT_SECRET|CREDENTIALS?|AUTH_KEY)$/i;

export function isSecretName(name: string): boolean {
  // deployToken / ServicePassword (Azure variables are often camelCase) -> deploy_Token
  const snake = name.replace(/([a-z0-9])([A-Z])/g, '$1_$2').replace(/[.-]/g, '_');
  return SECRET_NAME.test(snake) && !/^(?:OLD)?PWD$/i.test(name);
}
