// A passphrase input: never spell-checked, pasting allowed, shown as text when the form's
// "show passphrases" box is ticked.
import { TextField, type TextFieldProps } from './TextField';

type Props = Omit<TextFieldProps, 'type' | 'plain'> & { visible: boolean };

export function PassphraseField({ visible, ...rest }: Props) {
  return <TextField {...rest} type={visible ? 'text' : 'password'} plain />;
}
