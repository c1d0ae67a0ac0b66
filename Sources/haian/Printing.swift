import Model

/// Everything the command line prints passes through one guard: a name stored before the input
/// was cleaned (or written into the file by other means) cannot send the terminal an escape
/// sequence, a C1 control or a bidi override. It shadows Swift's `print` within this program,
/// so no command can forget it.
func print(_ text: String, terminator: String = "\n") {
    Swift.print(VietText.printable(text), terminator: terminator)
}
