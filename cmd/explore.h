/* explore.h - `minigo run -explore N` (explore.c), for the CLI only. */
#ifndef MG_CLI_EXPLORE_H
#define MG_CLI_EXPLORE_H

typedef struct mg_explore_args {
    long runs;                     /* N schedules */
    unsigned long long first_seed; /* seeds first_seed .. first_seed+N-1 */
    char **flags;                  /* the run flags to pass on (not -seed/-explore) */
    int nflags;
    char **rest; /* FILE and the program's arguments */
    int nrest;
    const char *program; /* for the report's header */
    int stdin_program;   /* FILE is "-": read it once, feed it to every run */
} mg_explore_args;

/* Runs the schedules and prints the report on stdout; returns the exit status. */
int mg_cli_explore(const mg_explore_args *a);

#endif
