/* runtime/observe.c: the ways the probe sees an advice or a flag at work,
 * beyond the return code of the call.
 *
 *   smaps      the VmFlags (and kB fields) of the mapping in
 *              /proc/self/smaps: Linux
 *   mincore    which pages of a mapping are resident: Linux's mincore
 *   fork       what a child made by fork reads or writes in the mapping
 *   read-back  whether the pages read back as zero
 * (The address of a mapping, the fifth way, needs no help: mapflags.c
 * compares it itself.)
 *
 * These only mean something when /proc/self/smaps describes this program.
 * Under qemu-user it describes the emulator: the guest's madvise does not
 * reach the kernel, and the guest's memory is the emulator's. So before
 * anything, the probe asks smaps about an address it knows: the argument
 * vector, which the kernel puts on the program's initial stack, must lie
 * in the mapping smaps calls [stack]. When it does not (qemu-user, also
 * valgrind, which give the program a stack of their own), every effect is
 * reported unknown rather than guessed from the emulator's memory. */
#include "probe.h"

#include <string.h>

#if PROBE_HAVE_MMAP && defined __linux__
#define OBSERVE_LINUX 1
#else
#define OBSERVE_LINUX 0
#endif

#if OBSERVE_LINUX
#include <sys/types.h>
#include <sys/mman.h>
#include <sys/wait.h>
#include <errno.h>
#include <inttypes.h>
#include <stdint.h>
#include <stdlib.h>
#include <unistd.h>

#define SMAPS "/proc/self/smaps"

/* The header line of a mapping in smaps: "START-END PERMS OFFSET DEV
 * INODE [PATH]". 1 and the range and the path (or ""), else 0. */
static int smaps_header(const char *line, uintmax_t *start, uintmax_t *end,
                        const char **path)
{
    char *p;
    int field;

    *start = strtoumax(line, &p, 16);
    if (p == line || *p != '-')
        return 0;
    line = p + 1;
    *end = strtoumax(line, &p, 16);
    if (p == line || *p != ' ')
        return 0;
    /* skip PERMS OFFSET DEV INODE */
    for (field = 0; field < 4; field++) {
        while (*p == ' ')
            p++;
        if (!*p || *p == '\n')
            return 0;
        while (*p && *p != ' ' && *p != '\n')
            p++;
    }
    while (*p == ' ')
        p++;
    p[strcspn(p, "\n")] = '\0';
    *path = p;
    return 1;
}

/* Read the smaps entry of the mapping that holds ADDR: calls WANT(line,
 * ctx) for the header line and each field line of that entry. Returns 0
 * when the entry was found, -1 otherwise. */
static int smaps_entry(const void *addr, void (*want)(char *line, void *ctx),
                       void *ctx)
{
    FILE *f = fopen(SMAPS, "r");
    char *line = NULL;
    size_t cap = 0;
    uintmax_t a = (uintmax_t)(uintptr_t)addr, start, end;
    const char *path;
    int in = 0, found = 0;

    if (!f)
        return -1;
    while (getline(&line, &cap, f) >= 0) {
        if (smaps_header(line, &start, &end, &path)) {
            if (in)
                break;
            in = a >= start && a < end;
            found |= in;
        }
        if (in)
            want(line, ctx);
    }
    free(line);
    fclose(f);
    return found ? 0 : -1;
}

struct flags_ctx {
    char *buf;
    size_t size;
    int got;
};

static void want_flags(char *line, void *ctx)
{
    struct flags_ctx *c = ctx;
    const char *v;
    size_t n;

    if (strncmp(line, "VmFlags:", 8) != 0)
        return;
    v = line + 8;
    v += strspn(v, " \t");
    n = strcspn(v, "\n");
    while (n > 0 && v[n - 1] == ' ')
        n--;
    if (n >= c->size)
        n = c->size - 1;
    memcpy(c->buf, v, n);
    c->buf[n] = '\0';
    c->got = 1;
}

int probe_vmflags(const void *addr, char *buf, size_t size)
{
    struct flags_ctx c;

    c.buf = buf;
    c.size = size;
    c.got = 0;
    if (size == 0 || smaps_entry(addr, want_flags, &c) != 0 || !c.got)
        return -1;
    return 0;
}

int probe_vmflag(const void *addr, const char *flag)
{
    char buf[256];
    const char *p;
    size_t n = strlen(flag);

    if (probe_vmflags(addr, buf, sizeof buf) != 0)
        return -1;
    for (p = buf; *p; p += strcspn(p, " "), p += strspn(p, " "))
        if (strncmp(p, flag, n) == 0 && (p[n] == ' ' || p[n] == '\0'))
            return 1;
    return 0;
}

struct kb_ctx {
    const char *field;
    long kb;
};

static void want_kb(char *line, void *ctx)
{
    struct kb_ctx *c = ctx;
    size_t n = strlen(c->field);
    char *end;
    long v;

    if (strncmp(line, c->field, n) != 0 || line[n] != ':')
        return;
    v = strtol(line + n + 1, &end, 10);
    if (end != line + n + 1 && strncmp(end, " kB", 3) == 0 && v >= 0)
        c->kb = v;
}

long probe_smaps_kb(const void *addr, const char *field)
{
    struct kb_ctx c;

    c.field = field;
    c.kb = -1;
    if (smaps_entry(addr, want_kb, &c) != 0)
        return -1;
    return c.kb;
}

struct stack_ctx {
    int is_stack;
};

static void want_stack(char *line, void *ctx)
{
    struct stack_ctx *c = ctx;
    uintmax_t start, end;
    const char *path;

    if (smaps_header(line, &start, &end, &path))
        c->is_stack = strcmp(path, "[stack]") == 0;
}

void probe_observe_setup(struct probe_system *sys, const void *stack_witness)
{
    struct stack_ctx c;
    FILE *f;

    c.is_stack = 0;
    if (!(f = fopen(SMAPS, "r"))) {
        sys->observe = PROBE_OBSERVE_ADDRESS;
        sys->observe_note = SMAPS " cannot be read: only where a mapping "
                                  "lies is observed";
        return;
    }
    fclose(f);
    if (!stack_witness || smaps_entry(stack_witness, want_stack, &c) != 0
        || !c.is_stack) {
        sys->observe = PROBE_OBSERVE_NONE;
        sys->observe_note = SMAPS
            " does not show the argument vector "
            "in [stack], where Linux puts it: the program runs under an "
            "emulator or a tool that moves it (qemu-user, valgrind), and "
            "smaps describes their memory, so no effect is observed";
        return;
    }
    sys->observe = PROBE_OBSERVE_FULL;
    sys->observe_note = NULL;
}

long probe_resident(void *addr, size_t len, size_t page)
{
#if MMAPC_HAVE_MINCORE
    size_t n = (len + page - 1) / page, i;
    unsigned char *vec = malloc(n ? n : 1);
    long count = 0;

    if (!vec)
        return -1;
    if (mincore(addr, len, vec) != 0) {
        free(vec);
        return -1;
    }
    for (i = 0; i < n; i++)
        count += vec[i] & 1;
    free(vec);
    return count;
#else
    (void)addr;
    (void)len;
    (void)page;
    return -1;
#endif
}

/* Wait for child PID: its exit status, or -1 when it did not exit. */
static int wait_child(pid_t pid)
{
    int st;

    while (waitpid(pid, &st, 0) < 0)
        if (errno != EINTR)
            return -1;
    return WIFEXITED(st) ? WEXITSTATUS(st) : -1;
}

int probe_fork_read(const void *addr, int *byte)
{
    int fd[2], code;
    unsigned char b = 0;
    ssize_t n;
    pid_t pid;

    if (pipe(fd) != 0)
        return -1;
    pid = fork();
    if (pid < 0) {
        close(fd[0]);
        close(fd[1]);
        return -1;
    }
    if (pid == 0) {
        /* write() from an address that is not mapped fails with EFAULT
         * instead of killing the child. */
        close(fd[0]);
        n = write(fd[1], addr, 1);
        _exit(n == 1 ? 0 : n < 0 && errno == EFAULT ? 2 : 3);
    }
    close(fd[1]);
    do
        n = read(fd[0], &b, 1);
    while (n < 0 && errno == EINTR);
    close(fd[0]);
    code = wait_child(pid);
    if (code == 0 && n == 1) {
        *byte = b;
        return 0;
    }
    return code == 2 ? 1 : -1;
}

int probe_fork_write(void *addr, int byte)
{
    pid_t pid = fork();

    if (pid < 0)
        return -1;
    if (pid == 0) {
        *(volatile unsigned char *)addr = (unsigned char)byte;
        _exit(0);
    }
    return wait_child(pid) == 0 ? 0 : -1;
}

#else /* !OBSERVE_LINUX */

void probe_observe_setup(struct probe_system *sys, const void *stack_witness)
{
    (void)stack_witness;
    sys->observe =
        PROBE_HAVE_MMAP ? PROBE_OBSERVE_ADDRESS : PROBE_OBSERVE_NONE;
    sys->observe_note = PROBE_HAVE_MMAP ? "not Linux: only where a mapping "
                                          "lies is observed"
                                        : NULL;
}

int probe_vmflags(const void *addr, char *buf, size_t size)
{
    (void)addr;
    (void)buf;
    (void)size;
    return -1;
}

int probe_vmflag(const void *addr, const char *flag)
{
    (void)addr;
    (void)flag;
    return -1;
}

long probe_smaps_kb(const void *addr, const char *field)
{
    (void)addr;
    (void)field;
    return -1;
}

long probe_resident(void *addr, size_t len, size_t page)
{
    (void)addr;
    (void)len;
    (void)page;
    return -1;
}

int probe_fork_read(const void *addr, int *byte)
{
    (void)addr;
    (void)byte;
    return -1;
}

int probe_fork_write(void *addr, int byte)
{
    (void)addr;
    (void)byte;
    return -1;
}

#endif /* OBSERVE_LINUX */

const char *const *probe_observe_methods(int level)
{
    static const char *const full[] = { "smaps",     "mincore", "fork",
                                        "read-back", "address", NULL };
    static const char *const address[] = { "address", NULL };

    return level == PROBE_OBSERVE_FULL      ? full
           : level == PROBE_OBSERVE_ADDRESS ? address
                                            : full + 5;
}

int probe_all_zero(const void *addr, size_t len)
{
    const volatile unsigned char *p = addr;
    size_t i;

    for (i = 0; i < len; i++)
        if (p[i])
            return 0;
    return 1;
}

void probe_look_vmflag(struct probe_result *r, const void *addr,
                       const char *flag, const char *set_by)
{
    int v = probe_vmflag(addr, flag);

    if (v < 0)
        probe_effect(r, PROBE_EFFECT_UNKNOWN,
                     "smaps: no VmFlags for "
                     "the mapping");
    else if (!set_by)
        probe_effect(r, v ? PROBE_EFFECT_SEEN : PROBE_EFFECT_NOT_SEEN,
                     "smaps VmFlags: %s %s", flag, v ? "set" : "not set");
    else
        probe_effect(r, v ? PROBE_EFFECT_NOT_SEEN : PROBE_EFFECT_SEEN,
                     "smaps VmFlags: %s, set by %s, %s", flag, set_by,
                     v ? "still set" : "cleared");
}

void probe_look_resident(struct probe_result *r, void *addr, size_t len,
                         size_t page)
{
    long n = probe_resident(addr, len, page);
    long want = (long)((len + page - 1) / page);

    if (n < 0)
        probe_effect(r, PROBE_EFFECT_UNKNOWN, "mincore failed");
    else
        probe_effect(r, n == want ? PROBE_EFFECT_SEEN : PROBE_EFFECT_NOT_SEEN,
                     "mincore: %ld of %ld "
                     "untouched pages resident",
                     n, want);
}
