/* runtime/errnames.c: the symbolic names of errno values, and the class of
 * a rejection.
 *
 * Only names the target's <errno.h> defines are listed. Where two names
 * share a value (EAGAIN and EWOULDBLOCK, EOPNOTSUPP and ENOTSUP on Linux,
 * EDEADLK and EDEADLOCK) the first in the list wins: the name strace and
 * the Linux man pages use. */
#include "probe.h"

#include <errno.h>

struct errname {
    int value;
    const char *name;
};

#define E_(n) { n, #n },

static const struct errname
    errnames[] = {
#ifdef EPERM
        E_(EPERM)
#endif
#ifdef ENOENT
            E_(ENOENT)
#endif
#ifdef ESRCH
                E_(ESRCH)
#endif
#ifdef EINTR
                    E_(EINTR)
#endif
#ifdef EIO
                        E_(EIO)
#endif
#ifdef ENXIO
                            E_(ENXIO)
#endif
#ifdef E2BIG
                                E_(E2BIG)
#endif
#ifdef ENOEXEC
                                    E_(ENOEXEC)
#endif
#ifdef EBADF
                                        E_(EBADF)
#endif
#ifdef ECHILD
                                            E_(ECHILD)
#endif
#ifdef EAGAIN
                                                E_(EAGAIN)
#endif
#ifdef EWOULDBLOCK
                                                    E_(EWOULDBLOCK)
#endif
#ifdef ENOMEM
                                                        E_(ENOMEM)
#endif
#ifdef EACCES
                                                            E_(EACCES)
#endif
#ifdef EFAULT
                                                                E_(EFAULT)
#endif
#ifdef ENOTBLK
                                                                    E_(ENOTBLK)
#endif
#ifdef EBUSY
                                                                        E_(EBUSY)
#endif
#ifdef EEXIST
                                                                            E_(EEXIST)
#endif
#ifdef EXDEV
                                                                                E_(EXDEV)
#endif
#ifdef ENODEV
                                                                                    E_(ENODEV)
#endif
#ifdef ENOTDIR
                                                                                        E_(ENOTDIR)
#endif
#ifdef EISDIR
                                                                                            E_(EISDIR)
#endif
#ifdef EINVAL
                                                                                                E_(EINVAL)
#endif
#ifdef ENFILE
                                                                                                    E_(ENFILE)
#endif
#ifdef EMFILE
                                                                                                        E_(EMFILE)
#endif
#ifdef ENOTTY
                                                                                                            E_(ENOTTY)
#endif
#ifdef ETXTBSY
                                                                                                                E_(ETXTBSY)
#endif
#ifdef EFBIG
                                                                                                                    E_(EFBIG)
#endif
#ifdef ENOSPC
                                                                                                                        E_(ENOSPC)
#endif
#ifdef ESPIPE
                                                                                                                            E_(ESPIPE)
#endif
#ifdef EROFS
                                                                                                                                E_(EROFS)
#endif
#ifdef EMLINK
                                                                                                                                    E_(EMLINK)
#endif
#ifdef EPIPE
                                                                                                                                        E_(EPIPE)
#endif
#ifdef EDOM
                                                                                                                                            E_(EDOM)
#endif
#ifdef ERANGE
                                                                                                                                                E_(ERANGE)
#endif
#ifdef EDEADLK
                                                                                                                                                    E_(EDEADLK)
#endif
#ifdef EDEADLOCK
                                                                                                                                                        E_(EDEADLOCK)
#endif
#ifdef ENAMETOOLONG
                                                                                                                                                            E_(ENAMETOOLONG)
#endif
#ifdef ENOLCK
                                                                                                                                                                E_(ENOLCK)
#endif
#ifdef ENOSYS
                                                                                                                                                                    E_(ENOSYS)
#endif
#ifdef ENOTEMPTY
                                                                                                                                                                        E_(ENOTEMPTY)
#endif
#ifdef ELOOP
                                                                                                                                                                            E_(ELOOP)
#endif
#ifdef ENOMSG
                                                                                                                                                                                E_(ENOMSG)
#endif
#ifdef EIDRM
                                                                                                                                                                                    E_(EIDRM)
#endif
#ifdef ENOSTR
                                                                                                                                                                                        E_(ENOSTR)
#endif
#ifdef ENODATA
                                                                                                                                                                                            E_(ENODATA)
#endif
#ifdef ETIME
                                                                                                                                                                                                E_(ETIME)
#endif
#ifdef ENOSR
                                                                                                                                                                                                    E_(ENOSR)
#endif
#ifdef EREMOTE
                                                                                                                                                                                                        E_(EREMOTE)
#endif
#ifdef ENOLINK
                                                                                                                                                                                                            E_(ENOLINK)
#endif
#ifdef EPROTO
                                                                                                                                                                                                                E_(EPROTO)
#endif
#ifdef EMULTIHOP
                                                                                                                                                                                                                    E_(EMULTIHOP)
#endif
#ifdef EBADMSG
                                                                                                                                                                                                                        E_(EBADMSG)
#endif
#ifdef EOVERFLOW
                                                                                                                                                                                                                            E_(EOVERFLOW)
#endif
#ifdef EILSEQ
                                                                                                                                                                                                                                E_(EILSEQ)
#endif
#ifdef EUSERS
                                                                                                                                                                                                                                    E_(EUSERS)
#endif
#ifdef ENOTSOCK
                                                                                                                                                                                                                                        E_(ENOTSOCK)
#endif
#ifdef EDESTADDRREQ
                                                                                                                                                                                                                                            E_(EDESTADDRREQ)
#endif
#ifdef EMSGSIZE
                                                                                                                                                                                                                                                E_(EMSGSIZE)
#endif
#ifdef EPROTOTYPE
                                                                                                                                                                                                                                                    E_(EPROTOTYPE)
#endif
#ifdef ENOPROTOOPT
                                                                                                                                                                                                                                                        E_(ENOPROTOOPT)
#endif
#ifdef EPROTONOSUPPORT
                                                                                                                                                                                                                                                            E_(EPROTONOSUPPORT)
#endif
#ifdef ESOCKTNOSUPPORT
                                                                                                                                                                                                                                                                E_(ESOCKTNOSUPPORT)
#endif
#ifdef EOPNOTSUPP
                                                                                                                                                                                                                                                                    E_(EOPNOTSUPP)
#endif
#ifdef ENOTSUP
                                                                                                                                                                                                                                                                        E_(ENOTSUP)
#endif
#ifdef EPFNOSUPPORT
                                                                                                                                                                                                                                                                            E_(EPFNOSUPPORT)
#endif
#ifdef EAFNOSUPPORT
                                                                                                                                                                                                                                                                                E_(EAFNOSUPPORT)
#endif
#ifdef EADDRINUSE
                                                                                                                                                                                                                                                                                    E_(EADDRINUSE)
#endif
#ifdef EADDRNOTAVAIL
                                                                                                                                                                                                                                                                                        E_(EADDRNOTAVAIL)
#endif
#ifdef ENETDOWN
                                                                                                                                                                                                                                                                                            E_(ENETDOWN)
#endif
#ifdef ENETUNREACH
                                                                                                                                                                                                                                                                                                E_(ENETUNREACH)
#endif
#ifdef ENETRESET
                                                                                                                                                                                                                                                                                                    E_(ENETRESET)
#endif
#ifdef ECONNABORTED
                                                                                                                                                                                                                                                                                                        E_(ECONNABORTED)
#endif
#ifdef ECONNRESET
                                                                                                                                                                                                                                                                                                            E_(ECONNRESET)
#endif
#ifdef ENOBUFS
                                                                                                                                                                                                                                                                                                                E_(ENOBUFS)
#endif
#ifdef EISCONN
                                                                                                                                                                                                                                                                                                                    E_(EISCONN)
#endif
#ifdef ENOTCONN
                                                                                                                                                                                                                                                                                                                        E_(ENOTCONN)
#endif
#ifdef ESHUTDOWN
                                                                                                                                                                                                                                                                                                                            E_(ESHUTDOWN)
#endif
#ifdef ETOOMANYREFS
                                                                                                                                                                                                                                                                                                                                E_(ETOOMANYREFS)
#endif
#ifdef ETIMEDOUT
                                                                                                                                                                                                                                                                                                                                    E_(ETIMEDOUT)
#endif
#ifdef ECONNREFUSED
                                                                                                                                                                                                                                                                                                                                        E_(ECONNREFUSED)
#endif
#ifdef EHOSTDOWN
                                                                                                                                                                                                                                                                                                                                            E_(EHOSTDOWN)
#endif
#ifdef EHOSTUNREACH
                                                                                                                                                                                                                                                                                                                                                E_(EHOSTUNREACH)
#endif
#ifdef EALREADY
                                                                                                                                                                                                                                                                                                                                                    E_(EALREADY)
#endif
#ifdef EINPROGRESS
                                                                                                                                                                                                                                                                                                                                                        E_(EINPROGRESS)
#endif
#ifdef ESTALE
                                                                                                                                                                                                                                                                                                                                                            E_(ESTALE)
#endif
#ifdef EDQUOT
                                                                                                                                                                                                                                                                                                                                                                E_(EDQUOT)
#endif
#ifdef ECANCELED
                                                                                                                                                                                                                                                                                                                                                                    E_(ECANCELED)
#endif
#ifdef EOWNERDEAD
                                                                                                                                                                                                                                                                                                                                                                        E_(EOWNERDEAD)
#endif
#ifdef ENOTRECOVERABLE
                                                                                                                                                                                                                                                                                                                                                                            E_(ENOTRECOVERABLE)
#endif
#ifdef ERFKILL
                                                                                                                                                                                                                                                                                                                                                                                E_(ERFKILL)
#endif
#ifdef EHWPOISON
                                                                                                                                                                                                                                                                                                                                                                                    E_(EHWPOISON)
#endif
#ifdef ENOMEDIUM
                                                                                                                                                                                                                                                                                                                                                                                        E_(ENOMEDIUM)
#endif
#ifdef EMEDIUMTYPE
                                                                                                                                                                                                                                                                                                                                                                                            E_(EMEDIUMTYPE)
#endif
#ifdef ENOKEY
                                                                                                                                                                                                                                                                                                                                                                                                E_(ENOKEY)
#endif
#ifdef EKEYEXPIRED
                                                                                                                                                                                                                                                                                                                                                                                                    E_(EKEYEXPIRED)
#endif
#ifdef EKEYREVOKED
                                                                                                                                                                                                                                                                                                                                                                                                        E_(EKEYREVOKED)
#endif
#ifdef EKEYREJECTED
                                                                                                                                                                                                                                                                                                                                                                                                            E_(EKEYREJECTED)
#endif
#ifdef EBADE
                                                                                                                                                                                                                                                                                                                                                                                                                E_(EBADE)
#endif
#ifdef EBADR
                                                                                                                                                                                                                                                                                                                                                                                                                    E_(EBADR)
#endif
#ifdef EBADFD
                                                                                                                                                                                                                                                                                                                                                                                                                        E_(EBADFD)
#endif
#ifdef EBADRQC
                                                                                                                                                                                                                                                                                                                                                                                                                            E_(EBADRQC)
#endif
#ifdef EBADSLT
                                                                                                                                                                                                                                                                                                                                                                                                                                E_(EBADSLT)
#endif
#ifdef ECHRNG
                                                                                                                                                                                                                                                                                                                                                                                                                                    E_(ECHRNG)
#endif
#ifdef ECOMM
                                                                                                                                                                                                                                                                                                                                                                                                                                        E_(ECOMM)
#endif
#ifdef EISNAM
                                                                                                                                                                                                                                                                                                                                                                                                                                            E_(EISNAM)
#endif
#ifdef EL2HLT
                                                                                                                                                                                                                                                                                                                                                                                                                                                E_(EL2HLT)
#endif
#ifdef EL2NSYNC
                                                                                                                                                                                                                                                                                                                                                                                                                                                    E_(EL2NSYNC)
#endif
#ifdef EL3HLT
                                                                                                                                                                                                                                                                                                                                                                                                                                                        E_(EL3HLT)
#endif
#ifdef EL3RST
                                                                                                                                                                                                                                                                                                                                                                                                                                                            E_(EL3RST)
#endif
#ifdef ELIBACC
                                                                                                                                                                                                                                                                                                                                                                                                                                                                E_(ELIBACC)
#endif
#ifdef ELIBBAD
                                                                                                                                                                                                                                                                                                                                                                                                                                                                    E_(ELIBBAD)
#endif
#ifdef ELIBEXEC
                                                                                                                                                                                                                                                                                                                                                                                                                                                                        E_(ELIBEXEC)
#endif
#ifdef ELIBMAX
                                                                                                                                                                                                                                                                                                                                                                                                                                                                            E_(ELIBMAX)
#endif
#ifdef ELIBSCN
                                                                                                                                                                                                                                                                                                                                                                                                                                                                                E_(ELIBSCN)
#endif
#ifdef ELNRNG
                                                                                                                                                                                                                                                                                                                                                                                                                                                                                    E_(ELNRNG)
#endif
#ifdef ENAVAIL
                                                                                                                                                                                                                                                                                                                                                                                                                                                                                        E_(ENAVAIL)
#endif
#ifdef ENOANO
                                                                                                                                                                                                                                                                                                                                                                                                                                                                                            E_(ENOANO)
#endif
#ifdef ENOCSI
                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                E_(ENOCSI)
#endif
#ifdef ENONET
                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                    E_(ENONET)
#endif
#ifdef ENOPKG
                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                        E_(ENOPKG)
#endif
#ifdef ENOTNAM
                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                            E_(ENOTNAM)
#endif
#ifdef ENOTUNIQ
                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                E_(ENOTUNIQ)
#endif
#ifdef EREMCHG
                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                    E_(EREMCHG)
#endif
#ifdef EREMOTEIO
                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                        E_(EREMOTEIO)
#endif
#ifdef ERESTART
                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                            E_(ERESTART)
#endif
#ifdef ESTRPIPE
                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                E_(ESTRPIPE)
#endif
#ifdef EUCLEAN
                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                    E_(EUCLEAN)
#endif
#ifdef EUNATCH
                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                        E_(EUNATCH)
#endif
#ifdef EXFULL
                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                            E_(EXFULL)
#endif
#ifdef ENEEDAUTH
                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                E_(ENEEDAUTH)
#endif
#ifdef EAUTH
                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                    E_(EAUTH)
#endif
#ifdef EFTYPE
                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                        E_(EFTYPE)
#endif
#ifdef ENOATTR
                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                            E_(ENOATTR)
#endif
#ifdef EPROCLIM
                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                E_(EPROCLIM)
#endif
#ifdef EPROCUNAVAIL
                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                    E_(EPROCUNAVAIL)
#endif
#ifdef EPROGMISMATCH
                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                        E_(EPROGMISMATCH)
#endif
#ifdef EPROGUNAVAIL
                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                            E_(EPROGUNAVAIL)
#endif
#ifdef ERPCMISMATCH
                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                E_(ERPCMISMATCH)
#endif
#ifdef EBADRPC
                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                    E_(EBADRPC)
#endif
#ifdef EINTEGRITY
                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                        E_(EINTEGRITY)
#endif
#ifdef ECAPMODE
                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                            E_(ECAPMODE)
#endif
#ifdef ENOTCAPABLE
                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                E_(ENOTCAPABLE)
#endif
#ifdef EBADARCH
                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                    E_(EBADARCH)
#endif
#ifdef EBADEXEC
                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                        E_(EBADEXEC)
#endif
#ifdef EBADMACHO
                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                            E_(EBADMACHO)
#endif
#ifdef EDEVERR
                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                E_(EDEVERR)
#endif
#ifdef ENOPOLICY
                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                    E_(ENOPOLICY)
#endif
#ifdef EPWROFF
                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                        E_(EPWROFF)
#endif
#ifdef ESHLIBVERS
                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                            E_(ESHLIBVERS)
#endif
#ifdef EQFULL
                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                E_(EQFULL)
#endif
#ifdef ELOCKUNMAPPED
                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                    E_(ELOCKUNMAPPED)
#endif
#ifdef ENOTACTIVE
                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                        E_(ENOTACTIVE)
#endif
                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                            { 0,
                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                              NULL }
    };

const char *probe_errno_name(int err)
{
    const struct errname *e;

    for (e = errnames; e->name; e++)
        if (e->value == err)
            return e->name;
    return NULL;
}

const char *probe_errno_label(int err, char *buf, size_t size)
{
    const char *name = probe_errno_name(err);

    if (name)
        return name;
    snprintf(buf, size, "E%d", err);
    return buf;
}

enum probe_class probe_classify(int err)
{
    if (err == EINVAL || err == ENOSYS)
        return PROBE_CLASS_UNSUPPORTED;
#ifdef EOPNOTSUPP
    if (err == EOPNOTSUPP)
        return PROBE_CLASS_UNSUPPORTED;
#endif
#ifdef ENOTSUP
    if (err == ENOTSUP)
        return PROBE_CLASS_UNSUPPORTED;
#endif
    return PROBE_CLASS_FAILED_HERE;
}
