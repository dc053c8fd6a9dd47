/* emit_header_text.c: how mmap_consts.h spells text: comments wrapped at
 * one width, C string literals, and the MMAPC_HAVE_ names of headers and
 * functions. The single-target and the merged header write through these,
 * so that no input text can end a comment or form a trigraph.
 */
#include <string.h>

#include "emit_header.h"

/* Width of the comments the emitter writes. */
#define COMMENT_WIDTH 76

/* Write S inside a C comment: no comment delimiter may form ("/" followed
 * by "*", or "*" followed by "/"), and no trigraph (C89 replaces ??/ even
 * in comments, which -Wtrigraphs reports). */
static void put_comment_text(FILE *out, const char *s, size_t len)
{
    size_t i;

    for (i = 0; i < len; i++) {
        fputc(s[i], out);
        if (i + 1 < len
            && ((s[i] == '/' && s[i + 1] == '*')
                || (s[i] == '*' && s[i + 1] == '/')
                || (s[i] == '?' && s[i + 1] == '?')))
            fputc(' ', out);
    }
}

void mmapc_header_comment(FILE *out, const char *lead, const char *text)
{
    size_t col, word;
    const char *p = text;
    int first = 1;

    fputs(lead, out);
    col = strlen(lead);
    while (*p != '\0') {
        while (*p == ' ' || *p == '\t')
            p++;
        if (*p == '\0')
            break;
        word = strcspn(p, " \t");
        if (!first && col + 1 + word > COMMENT_WIDTH) {
            fputs("\n *   ", out);
            col = 5;
        } else if (!first) {
            fputc(' ', out);
            col++;
        }
        put_comment_text(out, p, word);
        col += word;
        p += word;
        first = 0;
    }
}

void mmapc_header_c_string(FILE *out, const char *s)
{
    fputc('"', out);
    for (; *s != '\0'; s++) {
        /* '?' only before another one: no trigraph can form, and #error
         * (which shows the literal as written) stays readable. */
        if (*s == '"' || *s == '\\' || (*s == '?' && s[1] == '?'))
            fputc('\\', out);
        if (*s == '\t')
            fputs("\\t", out);
        else
            fputc(*s, out);
    }
    fputc('"', out);
}

void mmapc_header_have_macro(char *buf, size_t size, const char *name)
{
    size_t n;

    n = (size_t)snprintf(buf, size, "MMAPC_HAVE_");
    for (; *name != '\0' && n + 1 < size; name++) {
        char c = *name;

        if (c >= 'a' && c <= 'z')
            c = (char)(c - 'a' + 'A');
        else if (!((c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9')))
            c = '_';
        buf[n++] = c;
    }
    buf[n] = '\0';
}
