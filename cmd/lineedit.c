/* lineedit.c - the REPL's line editor: one line, edited in place on a terminal in
 * raw mode (lineedit.h).
 *
 * Keys: printable bytes insert at the cursor; Left/Right (Ctrl-B/F) move by one
 * character (UTF-8 aware: continuation bytes are never split); Home/End (Ctrl-A/E);
 * Backspace and Delete; Ctrl-K/Ctrl-U cut to the end/start; Up/Down walk the history
 * (the draft being typed comes back below the newest entry); Ctrl-C drops the line;
 * Ctrl-D ends input on an empty line and deletes under the cursor otherwise; Tab
 * inserts four spaces (a tab's width would throw the cursor arithmetic off).
 *
 * Invariants: buf[len] == 0, pos <= len and pos is on a character boundary. Drawing
 * assumes the line fits the terminal's width (no wrapping is tracked): every redraw
 * is "\r" + prompt + line + clear-to-end + cursor back by the columns after pos.
 * The terminal keeps output post-processing, so "\n" still moves to column 0.
 */
#include "lineedit.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

static void put(le_editor *e, const char *s, size_t n) {
    while (n > 0) {
        ssize_t w = write(e->out, s, n);
        if (w <= 0) return;
        s += w;
        n -= (size_t)w;
    }
}

static void puts_out(le_editor *e, const char *s) {
    put(e, s, strlen(s));
}

static bool is_cont(unsigned char c) {
    return (c & 0xC0) == 0x80;
}

/* Characters (columns) in buf[from, to). */
static size_t columns(const char *buf, size_t from, size_t to) {
    size_t n = 0;
    for (size_t i = from; i < to; i++)
        n += !is_cont((unsigned char)buf[i]);
    return n;
}

static void redraw(le_editor *e) {
    puts_out(e, "\r");
    puts_out(e, e->prompt);
    put(e, e->buf, e->len);
    puts_out(e, "\x1b[K");
    size_t back = columns(e->buf, e->pos, e->len);
    if (back) {
        char mv[32];
        snprintf(mv, sizeof mv, "\x1b[%zuD", back);
        puts_out(e, mv);
    }
    e->shown = true;
}

static void reserve(le_editor *e, size_t n) {
    if (e->len + n + 1 <= e->cap) return;
    size_t cap = e->cap ? e->cap : 64;
    while (cap < e->len + n + 1)
        cap *= 2;
    char *b = realloc(e->buf, cap);
    if (!b) abort(); /* the editor cannot go on without its line */
    e->buf = b;
    e->cap = cap;
}

static void set_line(le_editor *e, const char *s) {
    size_t n = strlen(s);
    e->len = e->pos = 0;
    reserve(e, n);
    memcpy(e->buf, s, n + 1);
    e->len = e->pos = n;
}

void le_init(le_editor *e, int out) {
    memset(e, 0, sizeof *e);
    e->out = out;
    e->prompt = "";
    reserve(e, 0);
    e->buf[0] = 0;
}

void le_free(le_editor *e) {
    for (int i = 0; i < e->nhist; i++)
        free(e->hist[i]);
    free(e->hist);
    free(e->buf);
    free(e->draft);
}

bool le_raw_on(le_editor *e, int in) {
    if (!isatty(in) || tcgetattr(in, &e->saved) != 0) return false;
    struct termios t = e->saved;
    t.c_iflag &= ~(tcflag_t)(ICRNL | IXON | BRKINT | INPCK | ISTRIP);
    t.c_lflag &= ~(tcflag_t)(ECHO | ICANON | ISIG | IEXTEN);
    t.c_cc[VMIN] = 1;
    t.c_cc[VTIME] = 0;
    if (tcsetattr(in, TCSAFLUSH, &t) != 0) return false;
    e->raw = true;
    return true;
}

void le_raw_off(le_editor *e, int in) {
    if (e->raw) tcsetattr(in, TCSAFLUSH, &e->saved);
    e->raw = false;
}

void le_start(le_editor *e, const char *prompt) {
    e->prompt = prompt;
    e->len = e->pos = 0;
    e->buf[0] = 0;
    e->browse = e->nhist;
    e->nesc = 0;
    redraw(e);
}

const char *le_line(const le_editor *e) {
    return e->buf;
}

void le_hide(le_editor *e) {
    if (e->shown) puts_out(e, "\r\x1b[K");
    e->shown = false;
}

void le_show(le_editor *e) {
    if (!e->shown) redraw(e);
}

void le_history_add(le_editor *e, const char *line) {
    if (!*line || (e->nhist && strcmp(e->hist[e->nhist - 1], line) == 0)) return;
    if (e->nhist == e->hist_cap) {
        int cap = e->hist_cap ? e->hist_cap * 2 : 32;
        char **h = realloc(e->hist, sizeof *h * (size_t)cap);
        if (!h) return;
        e->hist = h;
        e->hist_cap = cap;
    }
    char *copy = strdup(line);
    if (copy) e->hist[e->nhist++] = copy;
}

static void insert(le_editor *e, const char *s, size_t n) {
    reserve(e, n);
    memmove(e->buf + e->pos + n, e->buf + e->pos, e->len - e->pos + 1);
    memcpy(e->buf + e->pos, s, n);
    e->len += n;
    e->pos += n;
}

/* Removes buf[from, to). */
static void cut(le_editor *e, size_t from, size_t to) {
    memmove(e->buf + from, e->buf + to, e->len - to + 1);
    e->len -= to - from;
    e->pos = from;
}

static size_t prev_char(const le_editor *e, size_t i) {
    if (i == 0) return 0;
    do
        i--;
    while (i > 0 && is_cont((unsigned char)e->buf[i]));
    return i;
}

static size_t next_char(const le_editor *e, size_t i) {
    if (i >= e->len) return e->len;
    do
        i++;
    while (i < e->len && is_cont((unsigned char)e->buf[i]));
    return i;
}

/* Up (dir -1) or Down (+1) through the history. */
static void browse(le_editor *e, int dir) {
    int to = e->browse + dir;
    if (to < 0 || to > e->nhist) return;
    if (e->browse == e->nhist) {
        free(e->draft);
        e->draft = strdup(e->buf);
    }
    e->browse = to;
    set_line(e, to == e->nhist ? (e->draft ? e->draft : "") : e->hist[to]);
}

/* Acts on a complete escape sequence (CSI or SS3); unknown ones are ignored. */
static void escape(le_editor *e) {
    char last = (char)e->esc[e->nesc - 1];
    char num = e->nesc > 3 ? (char)e->esc[2] : 0;
    switch (last) {
    case 'A': browse(e, -1); break;
    case 'B': browse(e, +1); break;
    case 'C': e->pos = next_char(e, e->pos); break;
    case 'D': e->pos = prev_char(e, e->pos); break;
    case 'H': e->pos = 0; break;
    case 'F': e->pos = e->len; break;
    case '~':
        if (num == '1' || num == '7') e->pos = 0;
        if (num == '4' || num == '8') e->pos = e->len;
        if (num == '3' && e->pos < e->len) cut(e, e->pos, next_char(e, e->pos));
        break;
    default: break;
    }
}

le_event le_feed(le_editor *e, unsigned char c) {
    if (e->nesc > 0) {
        /* ESC, then '[' or 'O', then parameters, then a final byte in @..~ */
        e->esc[e->nesc++] = c;
        bool done = e->nesc == 2 ? (c != '[' && c != 'O') : (c >= 0x40 && c <= 0x7e);
        if (e->nesc == 2 && done) {
            e->nesc = 0; /* a lone ESC and some key: drop both */
            return LE_MORE;
        }
        if (done || e->nesc == (int)sizeof e->esc) {
            if (done) escape(e);
            e->nesc = 0;
            redraw(e);
        }
        return LE_MORE;
    }
    switch (c) {
    case 27: e->esc[0] = c, e->nesc = 1; return LE_MORE;
    case '\r':
    case '\n':
        e->pos = e->len;
        redraw(e);
        puts_out(e, "\n");
        e->shown = false;
        return LE_LINE;
    case 3: /* Ctrl-C */
        e->pos = e->len;
        redraw(e);
        puts_out(e, "^C\n");
        e->shown = false;
        e->len = e->pos = 0;
        e->buf[0] = 0;
        return LE_INTERRUPT;
    case 4: /* Ctrl-D */
        if (e->len == 0) {
            puts_out(e, "\n");
            e->shown = false;
            return LE_EOF;
        }
        if (e->pos < e->len) cut(e, e->pos, next_char(e, e->pos));
        break;
    case 1: e->pos = 0; break;
    case 5: e->pos = e->len; break;
    case 2: e->pos = prev_char(e, e->pos); break;
    case 6: e->pos = next_char(e, e->pos); break;
    case 11: cut(e, e->pos, e->len); break;
    case 21: cut(e, 0, e->pos); break;
    case 127:
    case 8:
        if (e->pos > 0) cut(e, prev_char(e, e->pos), e->pos);
        break;
    case '\t': insert(e, "    ", 4); break;
    default:
        if (c < 0x20) return LE_MORE; /* other control keys do nothing */
        insert(e, (const char *)&c, 1);
        if (c >= 0xC0) return LE_MORE; /* a UTF-8 lead byte: draw once more arrives */
        break;
    }
    redraw(e);
    return LE_MORE;
}
