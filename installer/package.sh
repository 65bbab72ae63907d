#!/usr/bin/env bash
# Builds the native packages of ESG Report Studio with their own Java runtime (trimmed by jlink) — see
# installer/README.md.
#
#   installer/package.sh [--type TYPE] [--no-build] [--out DIR]
#
#   --type      app-image | deb | rpm (Linux), msi | exe (Windows, in Git Bash, with WiX 3 on the PATH),
#               dmg | pkg (macOS). Default: the platform's usual package (deb on Debian/Ubuntu, msi, dmg). A package
#               type also leaves the app image it was made from.
#   --no-build  use target/esg-studio.jar and target/lib/ as they are (`mvn verify` has just made them);
#               otherwise `mvn package -DskipTests` runs first.
#   --out DIR   where to put the image and the package (default target/installer).
#
# jpackage and jlink come from the JDK that runs Maven (JDK 17 or later; $JAVA_HOME, else the `java` on the PATH).
# Packages are built for the platform the script runs on: jpackage cannot cross-build, and the JavaFX jars that
# Maven resolves carry the native code of this platform.
set -euo pipefail

root="$(cd "$(dirname "$0")/.." && pwd)"
type=""
build=true
out="$root/target/installer"
while (($#)); do
  case "$1" in
    --type) type="$2"; shift 2 ;;
    --no-build) build=false; shift ;;
    --out) out="$2"; shift 2 ;;
    -h|--help) sed -n '2,17p' "$0"; exit 0 ;;
    *) echo "package.sh: unknown option $1 (see --help)" >&2; exit 2 ;;
  esac
done

case "$(uname -s)" in
  Linux*) platform=linux; default_type=deb; command -v dpkg >/dev/null 2>&1 || default_type=rpm ;;
  Darwin*) platform=mac; default_type=dmg ;;
  MINGW*|MSYS*|CYGWIN*) platform=windows; default_type=msi ;;
  *) echo "package.sh: unsupported system $(uname -s)" >&2; exit 2 ;;
esac
type="${type:-$default_type}"
case "$platform/$type" in
  */app-image|linux/deb|linux/rpm|windows/msi|windows/exe|mac/dmg|mac/pkg) ;;
  *) echo "package.sh: a $type package cannot be built on $platform" >&2; exit 2 ;;
esac

jdk_bin=""
if [ -n "${JAVA_HOME:-}" ]; then jdk_bin="$JAVA_HOME/bin/"; fi
jlink="${jdk_bin}jlink"
jpackage="${jdk_bin}jpackage"
for tool in "$jlink" "$jpackage"; do
  command -v "$tool" >/dev/null 2>&1 || { echo "package.sh: $tool not found: a full JDK 17+ is needed" >&2; exit 2; }
done

cd "$root"
if $build; then
  mvn -q package -DskipTests
fi
[ -f target/esg-studio.jar ] || { echo "package.sh: target/esg-studio.jar is missing (run without --no-build)" >&2; exit 2; }

# The version comes from the pom (via the jar's build): jpackage wants digits and dots only.
version="$(sed -n 's/^version=//p' target/maven-archiver/pom.properties)"
app_version="${version%%-*}"
[[ "$app_version" =~ ^[0-9]+(\.[0-9]+){0,2}$ ]] || { echo "package.sh: version '$version' is not numeric" >&2; exit 2; }

# What the installed app needs of the JDK, found with jdeps on the jars (the modular jars make jdeps' own summary
# fail) and checked by running every command and the window on the trimmed runtime; see installer/README.md.
modules=java.base,java.datatransfer,java.desktop,java.logging,java.management,java.naming,java.prefs,java.scripting
modules+=,java.security.jgss,java.sql,java.xml,java.xml.crypto,jdk.charsets,jdk.jfr,jdk.localedata,jdk.unsupported
modules+=,jdk.unsupported.desktop,jdk.zipfs,jdk.xml.dom

# Linux: the package, its folder (/opt/esg-studio) and its launcher are all esg-studio, the command the messages
# name; the menu shows the desktop entry's name, 《ESG 报告工作台》. Windows and macOS show the app's name itself
# (Start menu, Applications), so there it is ESG Report Studio, and an extra launcher esg-studio runs commands
# (on Windows a console program: the main launcher is a window program, which has no console for the output).
case "$platform" in
  linux) name=esg-studio ;;
  *) name="ESG Report Studio" ;;
esac
work="$out/work"
rm -rf "$work" "$out/$name" "$out/$name.app"
mkdir -p "$work/input/samples" "$work/input/themes"

echo "$(date +%T) [1/4] app files"
cp target/esg-studio.jar "$work/input/"
mkdir -p "$work/input/lib"
cp target/lib/*.jar "$work/input/lib/"
cp -r sample-reports/. "$work/input/samples/"
cp assets/themes/*.json "$work/input/themes/"
cp installer/LICENSE.txt "$work/input/"
# Each sample also as a project file, ready to open (the app itself opens a working copy in the user's folder).
for sample in sample-reports/*/; do
  sample="$(basename "$sample")"
  ESGSTUDIO_NO_RELAUNCH=1 java -Desgstudio.backups=0 -jar target/esg-studio.jar new \
    "$work/input/samples/$sample.esg" --from "sample-reports/$sample" > /dev/null
done

echo "$(date +%T) [2/4] runtime (jlink): $modules"
"$jlink" --add-modules "$modules" --include-locales=en,zh --strip-debug --no-man-pages --no-header-files \
  --compress=2 --output "$work/runtime"

icon_dir="$root/assets/icons"
case "$platform" in
  linux) icon="$icon_dir/esg-studio-256.png" ;;
  windows) icon="$icon_dir/esg-studio.ico" ;;
  mac) icon="$icon_dir/esg-studio.icns" ;;
esac
vendor="ESG Report Studio"
description="ESG 报告工作台 · ESG Report Studio: write, check and publish ESG reports"
common=(--name "$name" --app-version "$app_version" --vendor "$vendor" --copyright "© 2026 ESG Report Studio"
  --description "$description" --icon "$icon")

extra_launcher=()
case "$platform" in
  windows) extra_launcher=(--add-launcher "esg-studio=$root/installer/windows/esg-studio-cli.properties") ;;
  mac) extra_launcher=(--add-launcher "esg-studio=$root/installer/mac/esg-studio-cli.properties") ;;
esac

echo "$(date +%T) [3/4] app image (jpackage)"
# CLI runs start a tuned JVM of the same runtime (decision 0008); the window runs in the launcher's own JVM.
"$jpackage" --type app-image "${common[@]}" --dest "$out" --input "$work/input" --main-jar esg-studio.jar \
  --main-class org.esgstudio.Launcher --runtime-image "$work/runtime" \
  --java-options "-Dfile.encoding=UTF-8" "${extra_launcher[@]}"
case "$platform" in
  mac) image="$out/$name.app" ;;
  *) image="$out/$name" ;;
esac
echo "app image: $image ($(du -sh "$image" | cut -f1))"
[ "$type" = app-image ] && exit 0

echo "$(date +%T) [4/4] $type package (jpackage)"
package_options=(--file-associations "$root/installer/esg-file.properties" --license-file "$root/installer/LICENSE.txt"
  --resource-dir "$root/installer/$platform" --about-url "https://github.com/esg-report-studio")
case "$type" in
  deb|rpm)
    # jpackage finds the system libraries of the runtime itself, but not those JavaFX loads from its jars.
    package_options+=(--linux-package-name esg-studio --linux-app-category Office --linux-menu-group "Office;"
      --linux-shortcut --linux-package-deps "libgtk-3-0, libpangoft2-1.0-0, libgl1, libxtst6, fontconfig"
      --linux-deb-maintainer "support@esg-report-studio.invalid" --linux-rpm-license-type "Proprietary")
    ;;
  msi|exe)
    package_options+=(--win-menu --win-menu-group "ESG Report Studio" --win-shortcut --win-dir-chooser
      --win-per-user-install --win-upgrade-uuid 6f1d6c2e-3b8a-4a3e-9a51-2f7c5e0b9d41)
    ;;
  dmg|pkg)
    package_options+=(--mac-package-identifier org.esgstudio.studio --mac-package-name "ESG 报告工作台")
    ;;
esac
"$jpackage" --type "$type" --app-image "$image" --name "$name" --app-version "$app_version" --vendor "$vendor" \
  --copyright "© 2026 ESG Report Studio" --description "$description" --dest "$out" "${package_options[@]}"
ls -l "$out"/*."$type"
