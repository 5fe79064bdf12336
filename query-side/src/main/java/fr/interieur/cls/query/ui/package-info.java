/**
 * What the dashboard page (served from {@code static/}) needs from the server besides the JSON API: how to sign
 * in ({@code GET /ui/config}), short-lived tokens for the demo users of the embedded run
 * ({@code POST /ui/demo-token}, only when explicitly enabled and tokens are checked with the local secret), and
 * the page's security headers. The page itself keeps the token in the browser and sends it as a bearer token,
 * like any other client: the server stays stateless, no session and no cookie.
 */
package fr.interieur.cls.query.ui;
