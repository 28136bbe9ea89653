# Plain-HTTP requests over bash's /dev/tcp, for the scripts' talk with their own local services (health
# checks, the demo's bookings), so that neither needs an HTTP client program installed. Sourced by
# scripts/demo.sh and scripts/kiosk-launch.sh. http:// only; the request asks the server to close the
# connection after answering.

# http_request METHOD URL [JSON_BODY [HEADER...]]: prints the whole response (status line, headers, body);
# fails when nothing listens there.
http_request() {
  local method="$1" url="$2" body="${3-}" rest hostport host port path fd header
  shift $(($# < 3 ? $# : 3))
  rest="${url#http://}"
  hostport="${rest%%/*}"
  path="${rest:${#hostport}}"
  path="${path:-/}"
  host="${hostport%:*}"
  port="${hostport##*:}"
  [ "$host" != "$hostport" ] || port=80
  exec {fd}<>"/dev/tcp/$host/$port" || return 1
  {
    printf '%s %s HTTP/1.1\r\nHost: %s\r\nConnection: close\r\n' "$method" "$path" "$hostport"
    for header in "$@"; do
      printf '%s\r\n' "$header"
    done
    [ -z "$body" ] || printf 'Content-Type: application/json\r\n'
    printf 'Content-Length: %s\r\n\r\n%s' "$(printf %s "$body" | LC_ALL=C wc -c)" "$body"
  } >&"$fd"
  timeout 10 cat <&"$fd" || true
  exec {fd}>&-
}

# http_status RESPONSE: the status code of a response printed by http_request.
http_status() {
  sed -n '1s/^HTTP\/[0-9.]* \([0-9][0-9]*\).*/\1/p' <<<"$1"
}

# http_ok URL: true when a GET of URL answers 200.
http_ok() {
  local response
  response="$(http_request GET "$1" 2>/dev/null)" || return 1
  [ "$(http_status "$response")" = 200 ]
}
