/* A stand-in for <limits.h>: nothing the probes need. */
