/* emit_json.h: what the merged JSON (gen/merge/merge_json.c) shares with
 * mmap_consts.json (gen/emit/emit_json.c). */
#ifndef MMAPC_GEN_EMIT_JSON_H
#define MMAPC_GEN_EMIT_JSON_H

#include <stdio.h>

/* S as a JSON string, escaped as in mmap_consts.json; null for NULL. */
void mmapc_json_string(FILE *out, const char *s);

#endif
