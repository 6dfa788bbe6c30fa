/* commands.h — the prototypes of the subcommands listed in commands.def. */
#ifndef ZC_COMMANDS_H
#define ZC_COMMANDS_H

#include <stdio.h>

#define ZC_COMMAND(name, summary) \
    int cmd_##name(int argc, char **argv); \
    void cmd_##name##_help(FILE *out);
#include "commands.def"
#undef ZC_COMMAND

#endif
