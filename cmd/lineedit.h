/* lineedit.h - a small line editor over termios for the REPL (lineedit.c).
 *
 * Event-driven so that the REPL can show a background goroutine's output while the
 * user types: the caller reads the terminal itself and feeds each byte to le_feed;
 * le_hide / le_show take the prompt and the line being edited off the screen and
 * put them back around other output.
 */
#ifndef MG_CLI_LINEEDIT_H
#define MG_CLI_LINEEDIT_H

#include <stdbool.h>
#include <stddef.h>
#include <termios.h>

typedef enum le_event {
    LE_MORE,      /* keep feeding */
    LE_LINE,      /* Enter: le_line() is the finished line */
    LE_EOF,       /* Ctrl-D on an empty line */
    LE_INTERRUPT, /* Ctrl-C: the line was dropped */
} le_event;

typedef struct le_editor {
    int out;  /* the terminal's fd, for drawing */
    bool raw; /* le_raw_on succeeded: the terminal must be restored */
    struct termios saved;
    const char *prompt;
    char *buf; /* the line (NUL-terminated), its length, the cursor's byte offset */
    size_t len, cap, pos;
    bool shown;  /* the prompt and line are on the screen */
    char **hist; /* older lines first */
    int nhist, hist_cap;
    int browse;           /* index into hist while Up/Down browse it; nhist when not */
    char *draft;          /* the line being typed before browsing began */
    unsigned char esc[8]; /* a partial escape sequence */
    int nesc;
} le_editor;

void le_init(le_editor *e, int out);
void le_free(le_editor *e);
/* Puts the terminal `in` in raw mode (no echo, bytes one at a time, Ctrl-C as a byte);
 * false when it is not a terminal. le_raw_off restores it. */
bool le_raw_on(le_editor *e, int in);
void le_raw_off(le_editor *e, int in);

/* Starts a new line with this prompt (kept, not copied) and draws it. */
void le_start(le_editor *e, const char *prompt);
le_event le_feed(le_editor *e, unsigned char c);
/* The finished line after LE_LINE (owned by the editor until the next le_start). */
const char *le_line(const le_editor *e);
void le_hide(le_editor *e);
void le_show(le_editor *e);
/* Adds a line to the history (not an empty one, nor a repeat of the last). */
void le_history_add(le_editor *e, const char *line);

#endif
