/* outfile.c: atomic output files (see outfile.h).
 *
 * mkstemp, open_memstream, sigaction and fchmod are POSIX: the generator
 * runs on the build machine, which an Autotools build assumes to be
 * POSIX-like. */
#if !defined(_POSIX_C_SOURCE) || _POSIX_C_SOURCE < 200809L
#undef _POSIX_C_SOURCE
#define _POSIX_C_SOURCE 200809L
#endif

#include "outfile.h"

#include <errno.h>
#include <fcntl.h>
#include <signal.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <sys/types.h>
#include <unistd.h>

#include "diag.h"

/* ------------------------------------------------------------- signals */

/* The temporary file that a signal must remove, or NULL. */
static const char *volatile pending_tmp;

static const int cleanup_signals[] = { SIGINT, SIGTERM, SIGHUP };
#define NSIGNALS (sizeof cleanup_signals / sizeof cleanup_signals[0])

/* Remove the temporary file, then die of the signal as without us. */
static void on_signal(int sig)
{
    const char *tmp = pending_tmp;

    if (tmp != NULL)
        unlink(tmp);
    signal(sig, SIG_DFL);
    raise(sig);
}

/* Block the signals, the mask before in *OLD: around the creation of the
 * temporary file and its registration, so no signal comes between. */
static void block_signals(sigset_t *old)
{
    sigset_t set;
    size_t i;

    sigemptyset(&set);
    for (i = 0; i < NSIGNALS; i++)
        sigaddset(&set, cleanup_signals[i]);
    sigprocmask(SIG_BLOCK, &set, old);
}

/* Handle the signals (once per process); one that is ignored, as under
 * nohup, stays ignored. */
static void catch_signals(void)
{
    static int done;
    size_t i;

    if (done)
        return;
    done = 1;
    for (i = 0; i < NSIGNALS; i++) {
        struct sigaction sa, old;

        if (sigaction(cleanup_signals[i], NULL, &old) != 0
            || old.sa_handler == SIG_IGN)
            continue;
        memset(&sa, 0, sizeof sa);
        sa.sa_handler = on_signal;
        sigemptyset(&sa.sa_mask);
        sigaction(cleanup_signals[i], &sa, NULL);
    }
}

/* ---------------------------------------------------------------- files */

int mmapc_outfile_same_as_input(const char *path, const char *const *inputs,
                                size_t n)
{
    struct stat out, in;
    size_t i;

    if (strcmp(path, "-") == 0 || stat(path, &out) != 0)
        return MMAPC_OK;
    for (i = 0; i < n; i++)
        if (stat(inputs[i], &in) == 0 && in.st_dev == out.st_dev
            && in.st_ino == out.st_ino)
            return mmapc_error_file(path,
                                    "is also the input %s (the same "
                                    "file): writing it would destroy the "
                                    "input; choose another output",
                                    inputs[i]);
    return MMAPC_OK;
}

static void reset(struct mmapc_outfile *of, const char *path)
{
    of->path = path;
    of->tmp = NULL;
    of->fp = NULL;
    of->direct = 0;
    of->fd = -1;
    of->text = NULL;
    of->size = 0;
}

/* Collect the output in memory, for one write at the commit. */
static int open_text(struct mmapc_outfile *of)
{
    of->fp = open_memstream(&of->text, &of->size);
    if (of->fp == NULL) {
        mmapc_outfile_abort(of);
        return mmapc_out_of_memory();
    }
    return MMAPC_OK;
}

/* DIR/.BASE.tmp-XXXXXX, hidden and in the output's own directory so the
 * rename stays within one file system. */
static int create_tmp(struct mmapc_outfile *of, size_t dirlen)
{
    static const char pattern[] = ".tmp-XXXXXX";
    const char *path = of->path;
    sigset_t old;
    mode_t mask;
    int saved;

    of->tmp = malloc(strlen(path) + sizeof pattern + 1);
    if (of->tmp == NULL)
        return mmapc_out_of_memory();
    memcpy(of->tmp, path, dirlen);
    of->tmp[dirlen] = '.';
    strcpy(of->tmp + dirlen + 1, path + dirlen);
    strcat(of->tmp, pattern);
    catch_signals();
    block_signals(&old);
    of->fd = mkstemp(of->tmp);
    saved = errno;
    if (of->fd >= 0)
        pending_tmp = of->tmp;
    sigprocmask(SIG_SETMASK, &old, NULL);
    if (of->fd < 0) {
        free(of->tmp);
        of->tmp = NULL;
        return mmapc_error_file(path,
                                "cannot create a temporary file "
                                "beside it: %s",
                                strerror(saved));
    }
    /* mkstemp makes the file 0600; give it the mode a plain fopen would. */
    mask = umask(0);
    umask(mask);
    if (fchmod(of->fd, (mode_t)(0666 & ~mask)) != 0) {
        saved = errno;
        mmapc_outfile_abort(of);
        return mmapc_error_file(path, "cannot write: %s", strerror(saved));
    }
    return MMAPC_OK;
}

int mmapc_outfile_open(struct mmapc_outfile *of, const char *path)
{
    const char *slash = strrchr(path, '/');
    size_t dirlen = slash != NULL ? (size_t)(slash - path) + 1 : 0;
    struct stat st;

    reset(of, path);
    if (strcmp(path, "-") == 0) {
        of->fp = stdout;
        return MMAPC_OK;
    }
    if (path[dirlen] == '\0')
        return mmapc_error_file(path, "output is a directory name");
    /* An existing device, FIFO or socket is written in place, like "-": a
     * temporary file renamed over /dev/null would replace the device. */
    if (stat(path, &st) == 0 && !S_ISREG(st.st_mode) && !S_ISDIR(st.st_mode)) {
        of->fd = open(path, O_WRONLY | O_CREAT | O_TRUNC, 0666);
        if (of->fd < 0)
            return mmapc_error_file(path, "cannot open for writing: %s",
                                    strerror(errno));
        of->direct = 1;
        return open_text(of);
    }
    if (create_tmp(of, dirlen) != MMAPC_OK)
        return MMAPC_ERR;
    return open_text(of);
}

/* Write the collected text to the file: 0, or the errno of the failure. */
static int write_text(struct mmapc_outfile *of)
{
    size_t done = 0;

    if (fclose(of->fp) != 0) {
        of->fp = NULL;
        return errno != 0 ? errno : ENOMEM;
    }
    of->fp = NULL;
    while (done < of->size) {
        ssize_t n = write(of->fd, of->text + done, of->size - done);

        if (n < 0 && errno == EINTR)
            continue;
        if (n <= 0)
            return n < 0 ? errno : EIO;
        done += (size_t)n;
    }
    if (close(of->fd) != 0) {
        of->fd = -1;
        return errno;
    }
    of->fd = -1;
    return 0;
}

int mmapc_outfile_commit(struct mmapc_outfile *of)
{
    int saved;

    if (of->fp == NULL)
        return mmapc_error_file(of->path, "output is not open");
    if (of->fp == stdout) {
        saved = fflush(stdout) != 0 || ferror(stdout)
                    ? (errno != 0 ? errno : EIO)
                    : 0;
        of->fp = NULL;
        return saved != 0 ? mmapc_error_file(of->path, "write error: %s",
                                             strerror(saved))
                          : MMAPC_OK;
    }
    saved = write_text(of);
    if (saved == 0 && !of->direct && rename(of->tmp, of->path) != 0)
        saved = errno;
    if (saved != 0) {
        int direct = of->direct;

        mmapc_outfile_abort(of);
        return mmapc_error_file(of->path,
                                direct ? "write error: %s"
                                       : "cannot write: %s",
                                strerror(saved));
    }
    pending_tmp = NULL;
    free(of->tmp);
    free(of->text);
    reset(of, of->path);
    return MMAPC_OK;
}

void mmapc_outfile_abort(struct mmapc_outfile *of)
{
    if (of->fp != NULL && of->fp != stdout)
        fclose(of->fp);
    if (of->fd >= 0)
        close(of->fd);
    if (of->tmp != NULL) {
        remove(of->tmp);
        pending_tmp = NULL;
        free(of->tmp);
    }
    free(of->text);
    reset(of, of->path);
}
