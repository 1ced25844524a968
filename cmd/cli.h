/* cli.h - what the CLI's files (minigo.c, repl.c, trace.c) share; nothing here is exported
 * from libminigo. */
#ifndef MG_CLI_H
#define MG_CLI_H

#include <stdio.h>

#include "explore.h"
#include "minigo.h"

/* Parses the run flags (-loopvar, -seed N, -e CODE, ...) from argv[i] on into opt;
 * returns the index of the first other argument, or -1 after printing why. ex (may
 * be NULL) gets -explore's count and the flags a child run needs; code (may be NULL:
 * -e is then refused) gets -e's text, malloc'd, several -e joined as lines. */
int mg_cli_parse_flags(int argc, char **argv, int i, mg_options *opt, mg_explore_args *ex,
                       char **code);

/* `minigo repl [flags]`: the interactive session (repl.c); returns the exit status. */
int mg_cli_repl(int argc, char **argv, int first);

/* All of f (read to its end) in one malloc'd buffer, its length in *len; NULL when out of
 * memory. The caller checks ferror(f). */
char *mg_cli_read_stream(FILE *f, size_t *len);

#endif
