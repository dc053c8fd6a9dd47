#! /bin/sh
# mmapc-probe-effects.sh: the EFFECT column says what the kernel did, and
# each way of looking fails when the effect is not there. For each method
# (smaps VmFlags set and cleared, mincore, fork, read-back, address, and
# the comparison of VmFlags with a mapping made without the flag), a real
# run must report "seen", and a run where strace turns the madvise call
# into a no-op that returns 0 (-e inject=madvise:retval=0: the call is not
# made, the probe is told it succeeded) must report "not-seen". The
# expectations follow facts read from this machine: whether smaps has
# VmFlags, whether /sys/kernel/mm/transparent_hugepage and
# /sys/kernel/mm/ksm exist. Needs strace for the faked runs (skip without
# it, or where ptrace is not allowed); Linux only.

. "${top_srcdir:-.}/tests/lib/prelude.sh"
need_native
test "`uname -s`" = Linux || skip "not Linux: the effects observed are Linux's"
command -v strace >/dev/null 2>&1 || skip "strace not found"
p=$MMAPC_PROBE

# effect TABLE NAME: the EFFECT column of NAME's row ("-" for none).
effect() {
    awk -v n="$2" '$1 == n { print $4 == "accepted" ? $7 : "-"; exit }' "$1"
}
# status TABLE NAME
status() {
    awk -v n="$2" '$1 == n { print $4; exit }' "$1"
}
# expect WHAT TABLE NAME EFFECT
expect() {
    e=`effect "$2" "$3"`
    test "$e" = "$4" || {
        fail "$1: $3 is '$e', not '$4': `row "$2" "$3"`"
    }
}

# traced LOG ARGS...: mmapc-probe ARGS under strace, its table in $tmp/out.
traced() {
    log=$1; shift
    ASAN_OPTIONS="${ASAN_OPTIONS:+$ASAN_OPTIONS:}detect_leaks=0" \
    strace -f -qq -o "$log" "$@" >"$tmp/out" 2>"$tmp/err"
}
traced "$tmp/check.log" -e trace=madvise "$p" --advice=0 ||
    skip "strace cannot trace here: `sed 1q "$tmp/err"`"
# madvise calls made before the probe's own (a sanitizer's runtime, in
# make check-sanitize): the probe's Nth call is the (base + N)th.
traced "$tmp/base.log" -e trace=madvise "$p" --version ||
    fail "--version under strace exits non-zero"
base=`grep -c 'madvise(' "$tmp/base.log"`

# faked N NAME: run --advice=NAME's value with the probe's Nth madvise
# call made a no-op returning 0; the table in $tmp/out.
faked() {
    traced "$tmp/fake.log" -e trace=madvise \
        -e inject=madvise:retval=0:when=`expr $base + $1` \
        "$p" --advice=`header_value $2` ||
        fail "$2 faked: mmapc-probe exits non-zero"
    grep INJECTED "$tmp/fake.log" >/dev/null ||
        fail "$2 faked: strace injected nothing"
}

"$p" >"$tmp/all" 2>"$tmp/err" || fail "mmapc-probe exits non-zero"

if grep '^VmFlags:' /proc/self/smaps >/dev/null 2>&1; then
    grep '^effects: *smaps, mincore, fork, read-back, address$' "$tmp/all" \
        >/dev/null || fail "smaps has VmFlags, but the probe does not use" \
        "every method: `grep '^effects:' "$tmp/all"`"
else
    # no VmFlags here: nothing may be claimed through smaps
    grep ' seen .*smaps' "$tmp/all" >/dev/null &&
        fail "seen through smaps without VmFlags"
    finish
fi

# one VmFlags (DONTDUMP sets dd), and its removal (DODUMP after DONTDUMP)
for m in MADV_DONTDUMP:1 MADV_DODUMP:2 MADV_RANDOM:1 MADV_NORMAL:2 \
    MADV_DONTFORK:1 MADV_DOFORK:2 MADV_WIPEONFORK:1 MADV_KEEPONFORK:2 \
    MADV_DONTNEED:1 MADV_FREE:1 MADV_POPULATE_READ:1 MADV_POPULATE_WRITE:1
do
    name=${m%:*} n=${m#*:}
    present $name || continue
    test "`status "$tmp/all" $name`" = accepted || continue
    expect "real run" "$tmp/all" $name seen
    faked $n $name
    expect "call $n faked" "$tmp/out" $name not-seen
done

# Seen whenever accepted on Linux: their effects show whatever the
# kernel's configuration (MAP_32BIT's only where addresses go beyond
# 4 GiB: a null effect on a 32-bit target).
for name in MADV_SEQUENTIAL MADV_NOHUGEPAGE MADV_UNMERGEABLE \
    MADV_DONTNEED_LOCKED MADV_REMOVE MAP_SHARED MAP_PRIVATE MAP_FIXED \
    MAP_LOCKED MAP_POPULATE MAP_GROWSDOWN MAP_FIXED_NOREPLACE MAP_32BIT; do
    present $name || continue
    test "`status "$tmp/all" $name`" = accepted || continue
    test $name = MAP_32BIT && test "`effect "$tmp/all" $name`" = - &&
        test "`getconf LONG_BIT 2>/dev/null`" = 32 && continue
    expect "accepted" "$tmp/all" $name seen
done
# MAP_NORESERVE: Linux ignores it when overcommit is off
# (vm.overcommit_memory 2).
if present MAP_NORESERVE &&
    test "`status "$tmp/all" MAP_NORESERVE`" = accepted; then
    if test "`cat /proc/sys/vm/overcommit_memory 2>/dev/null`" = 2; then
        expect "overcommit off" "$tmp/all" MAP_NORESERVE not-seen
    else
        expect "overcommit on" "$tmp/all" MAP_NORESERVE seen
    fi
fi

# The kernel's own switches, as sysfs shows them.
if present MADV_HUGEPAGE; then
    if test -d /sys/kernel/mm/transparent_hugepage; then
        expect "THP built in" "$tmp/all" MADV_HUGEPAGE seen
    else
        case `effect "$tmp/all" MADV_HUGEPAGE` in
            seen) fail "MADV_HUGEPAGE seen without THP in sysfs" ;;
        esac
    fi
fi
if present MADV_MERGEABLE; then
    if test -d /sys/kernel/mm/ksm; then
        expect "KSM built in" "$tmp/all" MADV_MERGEABLE seen
    else
        case `effect "$tmp/all" MADV_MERGEABLE` in
            seen) fail "MADV_MERGEABLE seen without KSM in sysfs" ;;
        esac
    fi
fi

# Flags Linux drops from mmap's flags (MAP_DENYWRITE, MAP_EXECUTABLE) or
# honours only without an MMU (MAP_UNINITIALIZED): never seen.
for name in MAP_DENYWRITE MAP_EXECUTABLE MAP_UNINITIALIZED; do
    present $name || continue
    test "`status "$tmp/all" $name`" = accepted || continue
    expect "ignored by Linux" "$tmp/all" $name not-seen
done

# The comparison with a mapping made without the flag: an unnamed value
# that holds MAP_NORESERVE's bit differs (seen), one made of ignored
# flags does not.
v1=`header_value MAP_NORESERVE` v2=`header_value MAP_DENYWRITE`
v3=`header_value MAP_EXECUTABLE`
if test -n "$v1" && test -n "$v2" && test -n "$v3"; then
    "$p" --map-flag=$(($v1 | $v2)) --map-flag=$(($v2 | $v3)) >"$tmp/diff" ||
        fail "--map-flag exits non-zero"
    set x `awk '$3 == "private-anon" { print $2, $7 }' "$tmp/diff"`; shift
    test "$2 $4" = "seen not-seen" ||
        fail "comparison of VmFlags: '$*', not 'seen' then 'not-seen'"
fi

# The address: MAP_32BIT's and MAP_FIXED_NOREPLACE's effects agree with
# what strace saw mmap return.
for name in MAP_32BIT MAP_FIXED_NOREPLACE; do
    present $name || continue
    v=`header_value $name`
    traced "$tmp/mmap.log" -e trace=mmap -e signal=none "$p" --map-flag=$v ||
        fail "--map-flag=$v under strace exits non-zero"
    e=`effect "$tmp/out" $name`
    case $name in
    MAP_32BIT)
        addr=`grep "$name" "$tmp/mmap.log" | sed -n 's/.*= \(0x[0-9a-f]*\)$/\1/p' | sed 1q`
        test -n "$addr" || { fail "$name: no mmap traced"; continue; }
        if test $(($addr < 0x100000000)) -eq 1; then want=seen
        else want=not-seen; fi ;;
    MAP_FIXED_NOREPLACE)
        if grep "$name.*= -1 EEXIST" "$tmp/mmap.log" >/dev/null; then
            want=seen
        else
            want=not-seen
        fi ;;
    esac
    test "$e" = "$want" ||
        fail "$name: effect '$e', but strace saw what makes it '$want'"
done

finish
