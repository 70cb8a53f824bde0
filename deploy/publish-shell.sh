#!/bin/sh
# bozhou-publish: the only program the CI's SSH key may run on the web host (a forced command).
#
#   /srv/bozhou/releases/<UTC time>-<commit>/   one folder per published build
#   /srv/bozhou/current -> releases/<name>      what nginx serves (deploy/nginx.conf)
#
# Install (README「发布」): copy this file to /usr/local/bin/bozhou-publish (root-owned, 0755)
# and give the CI's public key one line in the publishing user's ~/.ssh/authorized_keys:
#   restrict,command="/usr/local/bin/bozhou-publish /srv/bozhou" ssh-ed25519 AAAA… ci-publish
# `restrict` takes away the shell, port forwarding and the pty; the command runs whatever the
# client asked for only through the cases below. Uploads go through rsync's rrsync (Debian's rsync
# package) confined to releases/, write-only; every other write is a line of this script.
set -eu
umask 022
ROOT=${1:?usage: bozhou-publish /srv/site [keep]}
RELEASES="$ROOT/releases"
CMD=${SSH_ORIGINAL_COMMAND:-}
RRSYNC=${RRSYNC:-rrsync}
mkdir -p "$RELEASES"

die() { printf '%s\n' "$*" >&2; exit 1; }
# Release names are the only arguments: nothing else ever reaches a path.
check_name() {
  printf '%s\n' "$1" | grep -Eqx '[0-9]{8}T[0-9]{6}Z-[0-9a-f]{7,40}' || die "发布名称不合规：$1"
  [ -d "$RELEASES/$1" ] || die "没有这个版本：$1"
}
current() { readlink "$ROOT/current" 2>/dev/null | sed -n 's#^releases/##p'; }
names() { ls -1 "$RELEASES" | grep -Ex '[0-9]{8}T[0-9]{6}Z-[0-9a-f]{7,40}' | sort || true; }

# One rename(2): a reader sees the old release or the new one, never neither.
switch_to() {
  ln -sfn "releases/$1" "$ROOT/.current.tmp"
  mv -T "$ROOT/.current.tmp" "$ROOT/current"
}

# Pages already open in a browser ask for the hashed assets of the release they came from:
# hard-link the outgoing release's own assets into the incoming one, whether newer (a deploy) or
# older (a rollback). Only a release's own assets travel (what it received is listed in
# .carried-<name>), so carried files do not pile up release after release.
carry_assets() {
  from=$1 to=$2
  [ -d "$RELEASES/$from/_astro" ] || return 0
  mkdir -p "$RELEASES/$to/_astro"
  touch "$ROOT/.carried-$from"
  rsync -r --ignore-existing --link-dest="$RELEASES/$from/_astro/" --exclude-from="$ROOT/.carried-$from" \
    --out-format='/%n' "$RELEASES/$from/_astro/" "$RELEASES/$to/_astro/" >>"$ROOT/.carried-$to"
}

case "$CMD" in
  "rsync --server "*)
    case "$CMD" in *" --sender "*) die "只允许上传。" ;; esac
    exec "$RRSYNC" -wo "$RELEASES"
    ;;
  list)
    cur=$(current)
    for n in $(names); do
      flag=-; [ "$n" = "$cur" ] && flag=current
      info='{}'; [ -f "$RELEASES/$n/release-info.json" ] && info=$(tr -d '\n' <"$RELEASES/$n/release-info.json")
      printf '%s\t%s\t%s\n' "$n" "$flag" "$info"
    done
    ;;
  "activate "*)
    name=${CMD#activate }; check_name "$name"
    cur=$(current)
    [ -n "$cur" ] && [ "$cur" != "$name" ] && carry_assets "$cur" "$name"
    switch_to "$name"
    printf '%s\n' "$cur"
    ;;
  "switch "*)
    name=${CMD#switch }; check_name "$name"
    cur=$(current)
    [ -n "$cur" ] && [ "$cur" != "$name" ] && carry_assets "$cur" "$name"
    switch_to "$name"
    ;;
  rollback)
    cur=$(current); [ -n "$cur" ] || die "还没有发布过，无法回退。"
    prev=$(names | grep -B1 -x "$cur" | grep -vx "$cur" || true)
    [ -n "$prev" ] || die "当前版本 $cur 之前没有保留的版本，无法回退。"
    carry_assets "$cur" "$prev"
    switch_to "$prev"
    printf '%s\n' "$prev"
    ;;
  "remove "*)
    name=${CMD#remove }; check_name "$name"
    [ "$name" != "$(current)" ] || die "不能删除正在使用的版本 $name。"
    rm -rf "${RELEASES:?}/$name" "$ROOT/.carried-$name"
    ;;
  "prune "*)
    keep=${CMD#prune }
    printf '%s\n' "$keep" | grep -Eqx '[0-9]+' && [ "$keep" -ge 2 ] || die "保留数量须是不小于 2 的整数：$keep"
    cur=$(current)
    for n in $(names | head -n "-$keep"); do
      [ "$n" = "$cur" ] && continue
      rm -rf "${RELEASES:?}/$n" "$ROOT/.carried-$n"
      printf '%s\n' "$n"
    done
    ;;
  *) die "这个密钥只能用于发布网站，不能执行：$CMD" ;;
esac
