/* trace.h - `minigo trace FILE.json [-o OUT.html]` (trace.c). */
#ifndef MG_CLI_TRACE_H
#define MG_CLI_TRACE_H

/* The viewer page (cmd/trace_viewer.html), NUL-terminated: build/trace_viewer.c. */
extern const char mg_trace_viewer_html[];

/* argv[0] is "trace"; returns the exit status. */
int mg_cli_trace(int argc, char **argv);

#endif
