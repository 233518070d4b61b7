#!/usr/bin/env bash
# The Content-Security-Policy in PRODUCTION mode (outside `./mvnw verify`, whose browser tests run in Vaadin's
# development mode): builds the production jar (optimised frontend bundle), starts it against the test stack with
# demo data and opens every main screen in Chromium as the person who uses it, collecting `securitypolicyviolation`
# events (src/test/java/.../browser/SecurityHeadersProductionCheck.java). Exit code 0: no violation.
set -euo pipefail
cd "$(dirname "$0")/.."
export JAVA_HOME="${JAVA_HOME:-/usr/lib/jvm/temurin-25-jdk-amd64}"
export PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD=1
./mvnw -o -q -Pproduction -DskipTests package
./mvnw -o -q dependency:build-classpath -Dmdep.includeScope=test -Dmdep.outputFile=target/csp-check.classpath
"$JAVA_HOME/bin/java" -cp "target/test-classes:target/classes:$(cat target/csp-check.classpath)" \
  kr.innocluster.portal.browser.SecurityHeadersProductionCheck "$(ls target/innocluster-portal-*.jar | head -1)"
