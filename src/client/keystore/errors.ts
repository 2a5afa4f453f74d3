// spec: tooling §1.2 (keystore misses were panics: "account not in keystore"), ARCHITECTURE §3 item 7
import { EncointerError } from '../../primitives/common/errors.js';

/** No keystore entry for this address. */
export class AccountNotInKeystoreError extends EncointerError {
  readonly address: string;

  constructor(address: string, dir: string) {
    super(
      'AccountNotInKeystore',
      `account ${address} is not in the keystore ${dir}; list it with \`encointer account list\`, create one with \`encointer account new\`, or pass a secret URI such as //Alice`,
    );
    this.address = address;
  }
}

/** The keystore entry is encrypted and no password was given. */
export class KeystorePasswordRequiredError extends EncointerError {
  constructor(address: string) {
    super('KeystorePasswordRequired', `the keystore entry of ${address} is encrypted: give its password`);
  }
}

/** The password does not decrypt the keystore entry. */
export class WrongKeystorePasswordError extends EncointerError {
  constructor(address: string) {
    super('WrongKeystorePassword', `wrong password for the keystore entry of ${address}`);
  }
}

/** A keystore file that is not a polkadot-js key file (or the legacy layout). */
export class InvalidKeystoreFileError extends EncointerError {
  readonly file: string;

  constructor(file: string, reason: string) {
    super('InvalidKeystoreFile', `${file}: ${reason}`);
    this.file = file;
  }
}
