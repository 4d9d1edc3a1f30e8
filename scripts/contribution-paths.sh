#!/bin/sh
# Which files a pull request changes outside content/, judged from git's own record of the change.
#
#   sh scripts/contribution-paths.sh BASE [HEAD] [--github]
#
# Prints one line per file that needs a maintainer's review and exits 1; prints nothing and exits 0
# when the pull request only adds, edits or deletes plain files in content/. With --github the lines
# are GitHub warning annotations.
#
# Rename-proof: --no-renames lists a rename as a deletion of the old path and an addition of the new,
# so `git mv .github/CODEOWNERS content/.gitkeep` shows the deleted .github/CODEOWNERS. --raw gives
# each file's new mode, so a symbolic link (120000), a submodule (160000) or an executable file in
# content/ is refused too: a link could pull any file of the build machine into the site.
#
# CI runs the copy of this script from the base branch (git show BASE:scripts/…), never the pull
# request's own, so a pull request cannot change the rule it is judged by. POSIX sh and git only.
set -eu

github=0
base=''
head=HEAD
for arg in "$@"; do
  case "$arg" in
    --github) github=1 ;;
    *) if [ -z "$base" ]; then base=$arg; else head=$arg; fi ;;
  esac
done
if [ -z "$base" ]; then
  echo 'usage: sh scripts/contribution-paths.sh BASE [HEAD] [--github]' >&2
  exit 2
fi

# BASE...HEAD: the changes of the pull request since it branched, not what main did meanwhile.
# quotePath=false: only names with control characters, quotes or backslashes are quoted, and a
# quoted name starts with `"`, so it is never taken for a path in content/ (the guard fails closed).
changes=$(git -c core.quotePath=false diff --raw --no-renames --no-ext-diff --ignore-submodules=none "$base...$head") || {
  echo "contribution-paths: git could not compare $base...$head" >&2
  exit 2
}

# GitHub workflow commands: escape what would end the message or a property early.
escape_data() { printf '%s' "$1" | sed -e 's/%/%25/g'; }
escape_property() { escape_data "$1" | sed -e 's/:/%3A/g' -e 's/,/%2C/g'; }

found=0
tab=$(printf '\t')
while IFS= read -r line; do
  [ -n "$line" ] || continue
  meta=${line%%"$tab"*}
  file=${line#*"$tab"}
  # meta is ":<old mode> <new mode> <old blob> <new blob> <status>"
  set -f
  # shellcheck disable=SC2086
  set -- $meta
  set +f
  new_mode=${2:-}
  reason=''
  case "$file" in
    content/*)
      case "$new_mode" in
        100644 | 000000) ;; # a plain file, added or edited; or a deletion
        120000) reason='is a symbolic link; content/ may hold only plain files (a link could pull any file of the build machine into the site)' ;;
        160000) reason='is a submodule; content/ may hold only plain files' ;;
        100755) reason='is marked executable; content/ may hold only plain files' ;;
        *) reason="has file mode $new_mode; content/ may hold only plain files" ;;
      esac
      ;;
    *) reason='is outside content/; a maintainer must review this change before it is merged' ;;
  esac
  [ -n "$reason" ] || continue
  found=1
  # printf, not echo: dash's echo would turn the `\n` in a quoted name into a real line break.
  if [ "$github" = 1 ]; then
    printf '::warning file=%s,title=Maintainer review needed::%s\n' "$(escape_property "$file")" "$(escape_data "$file $reason")"
  else
    printf '%s %s\n' "$file" "$reason"
  fi
done <<CHANGES
$changes
CHANGES

exit "$found"
