#!/usr/bin/env bash
# Creates the load benchmark's people: one Keycloak user per concurrent virtual user (Keycloak turns away a second
# login of the same user while one is in progress), through Keycloak's Admin REST API, and for each company user a
# verified company of its own in the portal's database (one application per company and program).
#
#   scripts/load-users.sh <attendees> <companies> <officials>
#
# Environment: KC_URL (http://localhost:18180), KC_ADMIN / KC_ADMIN_PASSWORD (master realm admin), DB_URL as a
# libpq URI (postgresql://postgres@localhost:15432/portal), LOAD_PASSWORD (the users' password; the realm's policy
# wants 12+ characters). Idempotent: existing users and companies are kept. Users are load-att-N, load-com-N,
# load-off-N (N from 1), with complete profiles and verified e-mail (no "update your account" page at login).
set -euo pipefail
ATT=${1:-0}; COM=${2:-0}; OFF=${3:-0}
KC_URL=${KC_URL:-http://localhost:18180}
REALM=innocluster
KC_ADMIN=${KC_ADMIN:-benchadmin}
KC_ADMIN_PASSWORD=${KC_ADMIN_PASSWORD:-bench-admin-pass}
PGURI=${PGURI:-postgresql://postgres@localhost:15432/portal}
LOAD_PASSWORD=${LOAD_PASSWORD:-Load-test-2026!}
PARALLEL=${PARALLEL:-4}

token() {
  curl -sf -d grant_type=password -d client_id=admin-cli --data-urlencode "username=$KC_ADMIN" \
    --data-urlencode "password=$KC_ADMIN_PASSWORD" "$KC_URL/realms/master/protocol/openid-connect/token" | jq -r .access_token
}
export TOKEN; TOKEN=$(token)
export KC_URL REALM LOAD_PASSWORD

create_one() { # username role -> prints "username subject"
  local user=$1 role=$2 auth="Authorization: Bearer $TOKEN"
  local body
  body=$(jq -nc --arg u "$user" --arg p "$LOAD_PASSWORD" --arg e "$user@load.innocluster.example" \
    '{username:$u, enabled:true, email:$e, emailVerified:true, firstName:"부하", lastName:$u,
      credentials:[{type:"password", value:$p, temporary:false}]}')
  curl -s -o /dev/null -H "$auth" -H 'Content-Type: application/json' -d "$body" "$KC_URL/admin/realms/$REALM/users" || true
  local id
  id=$(curl -sf -H "$auth" "$KC_URL/admin/realms/$REALM/users?username=$user&exact=true" | jq -r '.[0].id')
  if [ -z "$id" ] || [ "$id" = null ]; then echo "could not create $user" >&2; return 1; fi
  if [ "$role" != attendee ]; then
    local rep
    rep=$(curl -sf -H "$auth" "$KC_URL/admin/realms/$REALM/roles/$role")
    curl -sf -H "$auth" -H 'Content-Type: application/json' -d "[$rep]" \
      "$KC_URL/admin/realms/$REALM/users/$id/role-mappings/realm" >/dev/null
  fi
  echo "$user $id"
}
export -f create_one

started=$(date +%s)
out=$(mktemp)
{
  for i in $(seq 1 "$ATT"); do echo "load-att-$i attendee"; done
  for i in $(seq 1 "$COM"); do echo "load-com-$i company"; done
  for i in $(seq 1 "$OFF"); do echo "load-off-$i official"; done
} | xargs -P "$PARALLEL" -L 1 bash -c 'create_one "$0" "$1"' > "$out"
echo "[load-users] $(wc -l < "$out") Keycloak users ready in $(( $(date +%s) - started )) s"

# Company users: a verified company each (a copy of the demo company 한빛정밀's profile, so the same programs are
# open to it), with the user as its manager.
if [ "$COM" -gt 0 ]; then
  sql=$(mktemp)
  grep '^load-com-' "$out" | while read -r user id; do
    n=${user#load-com-}
    bn=$(printf '9%09d' "$n")
    cat >> "$sql" <<SQL
insert into company (business_number, name, ceo_name, address, region, ksic_code, size_class, founded_on, employees,
    annual_revenue, smart_factory_level, supplier, demand, contact_name, contact_phone, contact_email, status,
    created_at, created_by)
select '$bn', '부하시험 $n 주식회사', ceo_name, address, region, ksic_code, size_class, founded_on, employees,
    annual_revenue, smart_factory_level, supplier, demand, contact_name, contact_phone, '$user@load.innocluster.example',
    'VERIFIED', now(), '$id'
from company where business_number = '5038100018'
  and not exists (select 1 from company where business_number = '$bn');
insert into company_member (user_subject, company_id, manager, display_name, email, joined_at, access_granted_at)
select '$id', id, true, '부하 $user', '$user@load.innocluster.example', now(), now() from company where business_number = '$bn'
on conflict (user_subject) do nothing;
SQL
  done
  psql -q -v ON_ERROR_STOP=1 "$PGURI" -f "$sql" >/dev/null
  echo "[load-users] $(psql -tAq "$PGURI" -c "select count(*) from company where business_number like '9%'") load companies"
  rm -f "$sql"
fi
rm -f "$out"
