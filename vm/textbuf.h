/* textbuf.h - a small growable text buffer for reports the VM and runtime
 * print (panic values, traces, deadlock and leak reports).
 *
 * Invariants: the storage is malloc'd, never GC-allocated, so it must never
 * hold GC pointers (the collector does not scan it); p is NUL-terminated
 * whenever it is non-NULL; an allocation failure drops the text being added
 * (a report loses text rather than crashing). Start from a zeroed struct
 * (`vm_textbuf b = {0};`) and free(b.p) when done; b.p may stay NULL if
 * nothing was added.
 */
#ifndef MG_VM_TEXTBUF_H
#define MG_VM_TEXTBUF_H

#include <stddef.h>

typedef struct vm_textbuf {
    char *p;
    size_t len, cap;
} vm_textbuf;

void vm_tb_put(vm_textbuf *b, const char *s, size_t n);
void vm_tb_puts(vm_textbuf *b, const char *s);
void vm_tb_printf(vm_textbuf *b, const char *fmt, ...) __attribute__((format(printf, 2, 3)));

#endif
