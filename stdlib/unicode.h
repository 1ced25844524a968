/* unicode.h - the rune classification and case mapping behind package unicode
 * (stdlib/unicode.c), shared with strings (ToUpper, Title, EqualFold, Fields)
 * and strconv (Quote's printability test). Covers ASCII, Latin-1, Latin
 * Extended, Greek, Cyrillic, Armenian, the common CJK/kana/Hangul letter
 * blocks and the common space and punctuation ranges: not the full Unicode
 * tables, but exact wherever those ranges are concerned. Case mapping is
 * complete: Go's own table (unicode_case.inc).
 * Also the UTF-8 rune count (stdlib/unicode_utf8.c) that unicode/utf8,
 * strings and fmt's padding share.
 */
#ifndef MG_STDLIB_UNICODE_H
#define MG_STDLIB_UNICODE_H

#include <stdbool.h>
#include <stdint.h>

int32_t mg_unicode_to_lower(int32_t r);
int32_t mg_unicode_to_upper(int32_t r);
int32_t mg_unicode_to_title(int32_t r);
bool mg_unicode_is_title(int32_t r);
bool mg_unicode_is_letter(int32_t r);
bool mg_unicode_is_digit(int32_t r);
bool mg_unicode_is_space(int32_t r);
bool mg_unicode_is_upper(int32_t r);
bool mg_unicode_is_lower(int32_t r);
bool mg_unicode_is_punct(int32_t r);
bool mg_unicode_is_print(int32_t r);
bool mg_unicode_is_control(int32_t r);

/* unicode_utf8.c: runes in s[0:n], each invalid byte counting as one (Go's RuneCount). */
int64_t mg_utf8_rune_count(const uint8_t *s, int64_t n);

#endif
