# Sourced by the benchmarks. sign_in JAR BASE [USER]: signs in on the login form (JSF) as USER (default
# qxadmin, the district administrator of 永川区; demo password) at BASE (e.g. http://localhost:8080),
# as a browser does, into the cookie jar JAR. The session cookie then serves every call: an HTTP Basic
# call opens no session (other systems authenticate every call), and checking a password on every poll
# would cost the server a PBKDF2 hash each time.
sign_in() {
  local jar=$1 base=$2 user=${3:-qxadmin} page view_state status
  page=$(curl -fsS -c "$jar" "$base/login.xhtml")
  view_state=$(printf '%s' "$page" | sed -n 's/.*name="jakarta.faces.ViewState"[^>]*value="\([^"]*\)".*/\1/p' | head -1)
  status=$(curl -sS -o /dev/null -w '%{http_code}' -b "$jar" -c "$jar" --data-urlencode loginForm=loginForm \
    --data-urlencode loginForm:username="$user" --data-urlencode loginForm:password=Canbao@2026 --data-urlencode loginForm:submit= \
    --data-urlencode "jakarta.faces.ViewState=$view_state" "$base/login.xhtml")
  [ "$status" = 302 ] || { echo "sign-in as $user failed ($status)"; exit 1; }
}
