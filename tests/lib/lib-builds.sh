# lib-builds.sh: sourced by the tests that configure again, in a scratch
# directory, what this build was configured from: mmap-consts itself
# (tests/gen/deterministic.sh) or the example consumer (tests/install/install-consumer.sh).
#
# Needs top_srcdir, top_builddir, MMAPC_EXTRA_SYMBOLS (AM_TESTS_ENVIRONMENT).

# quote_arg ARG: ARG quoted for the shell.
quote_arg() {
    printf "'%s'" "`printf '%s\n' "$1" | sed "s/'/'\\\\\\\\''/g"`"
}

# config_args MODE: the arguments this build was configured with
# (config.status --config), quoted for eval, on one line; without those that
# name this build's own directories (--srcdir, --cache-file, -C), with a
# --with-extra-symbols file made absolute, and with --build added when
# --host is given without it, so the new configure decides about
# cross-compiling as this one did. MODE all keeps every other argument;
# MODE consumer keeps only variables (CC=...), --host, --build and
# --with-extra-symbols, for another package's configure.
config_args() {
    cfg_mode=$1
    cfg=`"$top_builddir/config.status" --config` || return 1
    eval "set x $cfg"
    shift
    cfg_out= cfg_skip= cfg_host= cfg_build=
    for a in "$@"; do
        if test -n "$cfg_skip"; then
            cfg_skip=
            continue
        fi
        case $a in
            --srcdir | --cache-file) cfg_skip=yes; continue ;;
            --srcdir=* | --cache-file=* | -C | --config-cache) continue ;;
            --with-extra-symbols=*)
                a="--with-extra-symbols=$MMAPC_EXTRA_SYMBOLS" ;;
            --host=*) cfg_host=yes ;;
            --build=*) cfg_build=yes ;;
        esac
        case $cfg_mode:$a in
            consumer:--host=* | consumer:--build=* | \
            consumer:--with-extra-symbols=*) ;;
            consumer:-*) continue ;;
            consumer:*=*) ;;
            consumer:*) continue ;;
        esac
        cfg_out="$cfg_out `quote_arg "$a"`"
    done
    if test -n "$cfg_host" && test -z "$cfg_build"; then
        cfg_b=`${CONFIG_SHELL-/bin/sh} "$top_srcdir/build-aux/config.guess"` || return 1
        cfg_out="$cfg_out `quote_arg "--build=$cfg_b"`"
    fi
    echo "$cfg_out"
}

# sub_make DIR ARGS...: run make in DIR, without the flags and the
# jobserver of the make that runs the tests.
sub_make() {
    (cd "$1" && shift && unset MAKEFLAGS MFLAGS MAKELEVEL GNUMAKEFLAGS &&
        ${MAKE:-make} "$@")
}
