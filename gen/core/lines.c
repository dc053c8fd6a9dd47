/* lines.c: the checked line reader (see lines.h). */
#include "lines.h"

#include <errno.h>
#include <string.h>

#include "diag.h"

int mmapc_lines_open(struct mmapc_lines *lr, const char *path)
{
    FILE *fp;

    lr->fp = NULL;
    lr->name = path;
    lr->lineno = 0;
    lr->owned = 0;
    fp = fopen(path, "rb");
    if (fp == NULL)
        return mmapc_error_file(path, "cannot open for reading: %s",
                                strerror(errno));
    lr->fp = fp;
    lr->owned = 1;
    return MMAPC_OK;
}

void mmapc_lines_attach(struct mmapc_lines *lr, FILE *fp, const char *name)
{
    lr->fp = fp;
    lr->name = name;
    lr->lineno = 0;
    lr->owned = 0;
}

int mmapc_lines_next(struct mmapc_lines *lr, const char **line, size_t *len)
{
    size_t n = 0;
    int c;

    if (lr->fp == NULL)
        return 0;
    for (;;) {
        c = getc(lr->fp);
        if (c == EOF)
            break;
        if (c == '\n') {
            lr->lineno++;
            lr->buf[n] = '\0';
            *line = lr->buf;
            *len = n;
            return 1;
        }
        if (c == '\0')
            return mmapc_error_at(lr->name, lr->lineno + 1,
                                  "NUL byte at column %lu",
                                  (unsigned long)n + 1);
        if (c == '\r')
            return mmapc_error_at(lr->name, lr->lineno + 1,
                                  "carriage return (CR) at column %lu; "
                                  "only LF line ends are accepted",
                                  (unsigned long)n + 1);
        if ((c < 0x20 || c > 0x7e) && c != '\t')
            return mmapc_error_at(lr->name, lr->lineno + 1,
                                  "byte 0x%02x at column %lu is not "
                                  "printable ASCII or TAB",
                                  (unsigned)c, (unsigned long)n + 1);
        if (n == MMAPC_LINE_MAX)
            return mmapc_error_at(lr->name, lr->lineno + 1,
                                  "line longer than %d bytes", MMAPC_LINE_MAX);
        lr->buf[n++] = (char)c;
    }
    if (ferror(lr->fp)) {
        /* Nothing read at all (a directory, say): the whole file is at
         * fault, as when it cannot be opened. */
        if (lr->lineno == 0 && n == 0)
            return mmapc_error_file(lr->name, "cannot read: %s",
                                    strerror(errno));
        return mmapc_error_at(lr->name, lr->lineno + 1, "read error: %s",
                              strerror(errno));
    }
    if (n > 0)
        return mmapc_error_at(lr->name, lr->lineno + 1,
                              "no newline at end of file (truncated line)");
    return 0;
}

void mmapc_lines_close(struct mmapc_lines *lr)
{
    if (lr->fp != NULL && lr->owned)
        fclose(lr->fp);
    lr->fp = NULL;
}
