/* outfile.c: atomic output files (see outfile.h).
 *
 * mkstemp, fdopen and fchmod are POSIX: the generator runs on the build
 * machine, which an Autotools build assumes to be POSIX-like. */
#if !defined(_POSIX_C_SOURCE) || _POSIX_C_SOURCE < 200809L
#undef _POSIX_C_SOURCE
#define _POSIX_C_SOURCE 200809L
#endif

#include "outfile.h"

#include <errno.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <sys/types.h>
#include <unistd.h>

#include "diag.h"

int mmapc_outfile_open(struct mmapc_outfile *of, const char *path)
{
    const char *slash = strrchr(path, '/');
    size_t dirlen = slash != NULL ? (size_t)(slash - path) + 1 : 0;
    const char *base = path + dirlen;
    static const char pattern[] = ".tmp-XXXXXX";
    struct stat st;
    mode_t mask;
    int fd, saved;

    of->path = path;
    of->tmp = NULL;
    of->fp = NULL;
    of->direct = 0;
    if (strcmp(path, "-") == 0) {
        of->fp = stdout;
        return MMAPC_OK;
    }
    if (*base == '\0')
        return mmapc_error_file(path, "output is a directory name");
    /* An existing device, FIFO or socket is written in place, like "-": a
     * temporary file renamed over /dev/null would replace the device. */
    if (stat(path, &st) == 0 && !S_ISREG(st.st_mode)
        && !S_ISDIR(st.st_mode)) {
        of->fp = fopen(path, "w");
        if (of->fp == NULL)
            return mmapc_error_file(path, "cannot open for writing: %s",
                                    strerror(errno));
        of->direct = 1;
        return MMAPC_OK;
    }
    /* DIR/.BASE.tmp-XXXXXX, hidden and in the output's own directory so the
     * rename stays within one file system. */
    of->tmp = malloc(strlen(path) + sizeof pattern + 1);
    if (of->tmp == NULL)
        return mmapc_error_file(path, "out of memory");
    memcpy(of->tmp, path, dirlen);
    of->tmp[dirlen] = '.';
    strcpy(of->tmp + dirlen + 1, base);
    strcat(of->tmp, pattern);
    fd = mkstemp(of->tmp);
    if (fd < 0) {
        saved = errno;
        free(of->tmp);
        of->tmp = NULL;
        return mmapc_error_file(path, "cannot create a temporary file "
                                "beside it: %s", strerror(saved));
    }
    /* mkstemp makes the file 0600; give it the mode a plain fopen would. */
    mask = umask(0);
    umask(mask);
    if (fchmod(fd, (mode_t)(0666 & ~mask)) != 0
        || (of->fp = fdopen(fd, "w")) == NULL) {
        saved = errno;
        close(fd);
        mmapc_outfile_abort(of);
        return mmapc_error_file(path, "cannot write: %s", strerror(saved));
    }
    return MMAPC_OK;
}

int mmapc_outfile_commit(struct mmapc_outfile *of)
{
    int failed, saved;

    if (of->fp == NULL)
        return mmapc_error_file(of->path, "output is not open");
    if (of->tmp == NULL) {
        failed = fflush(of->fp) != 0 || ferror(of->fp);
        saved = errno;
        if (of->direct && fclose(of->fp) != 0 && !failed) {
            failed = 1;
            saved = errno;
        }
        of->fp = NULL;
        of->direct = 0;
        return failed ? mmapc_error_file(of->path, "write error: %s",
                                         strerror(saved))
                      : MMAPC_OK;
    }
    failed = ferror(of->fp);
    saved = failed ? EIO : 0;
    if (fclose(of->fp) != 0 && !failed) {
        failed = 1;
        saved = errno;
    }
    of->fp = NULL;
    if (!failed && rename(of->tmp, of->path) != 0) {
        failed = 1;
        saved = errno;
    }
    if (failed) {
        mmapc_outfile_abort(of);
        return mmapc_error_file(of->path, "cannot write: %s",
                                strerror(saved));
    }
    free(of->tmp);
    of->tmp = NULL;
    return MMAPC_OK;
}

void mmapc_outfile_abort(struct mmapc_outfile *of)
{
    if (of->fp != NULL && of->fp != stdout)
        fclose(of->fp);
    of->fp = NULL;
    of->direct = 0;
    if (of->tmp != NULL) {
        remove(of->tmp);
        free(of->tmp);
        of->tmp = NULL;
    }
}
