/* diag.c: error reporting (see diag.h). */
#include "diag.h"

#include <stdarg.h>

static const char *diag_program = "mmapc-gen";
static FILE *diag_stream;
static unsigned long diag_errors;

void mmapc_diag_set_program(const char *name)
{
    diag_program = name;
}

void mmapc_diag_set_stream(FILE *stream)
{
    diag_stream = stream;
}

unsigned long mmapc_diag_count(void)
{
    return diag_errors;
}

static void diag_report(const char *prefix, unsigned long line, int has_line,
                        const char *fmt, va_list ap) MMAPC_PRINTF(4, 0);

static void diag_report(const char *prefix, unsigned long line, int has_line,
                        const char *fmt, va_list ap)
{
    FILE *out = diag_stream != NULL ? diag_stream : stderr;

    if (has_line)
        fprintf(out, "%s:%lu: ", prefix, line);
    else
        fprintf(out, "%s: ", prefix);
    vfprintf(out, fmt, ap);
    fputc('\n', out);
    fflush(out);
    diag_errors++;
}

int mmapc_error_at(const char *file, unsigned long line, const char *fmt, ...)
{
    va_list ap;

    va_start(ap, fmt);
    diag_report(file, line, 1, fmt, ap);
    va_end(ap);
    return MMAPC_ERR;
}

int mmapc_error_file(const char *file, const char *fmt, ...)
{
    va_list ap;

    va_start(ap, fmt);
    diag_report(file, 0, 0, fmt, ap);
    va_end(ap);
    return MMAPC_ERR;
}

int mmapc_error(const char *fmt, ...)
{
    va_list ap;

    va_start(ap, fmt);
    diag_report(diag_program, 0, 0, fmt, ap);
    va_end(ap);
    return MMAPC_ERR;
}

int mmapc_out_of_memory(void)
{
    return mmapc_error("out of memory");
}
