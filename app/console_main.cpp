// thidua-cli: ThiDua's commands as a console program (Windows). `thidua-cli export plan …` is
// waited for by cmd and PowerShell, its exit code reaches the script, its output can be redirected,
// and Vietnamese shows as Vietnamese in the console.

#include "app/CommandMode.h"

int main(int argc, char* argv[])
{
    return runCommandMode(argc, argv, ConsoleKind::Own);
}
