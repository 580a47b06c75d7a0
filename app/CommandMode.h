#pragma once
// Running ThiDua as a command (`thidua export plan …`): shared by the window program, which also
// takes commands, and by the console companion thidua-cli.exe on Windows.

void setApplicationIdentity();

enum class ConsoleKind {
    Own, // a console program: the shell waits for it and its output can be redirected
    Borrowed, // a window program: writes to the console it was started from, if any
};

// Runs the command in argv and returns its exit code; documents need fonts but never a display.
int runCommandMode(int argc, char* argv[], ConsoleKind console);
