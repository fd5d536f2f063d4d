/**
 * The browser application's frame: the shared layout and navigation every module's pages
 * use, the dashboard, error pages and API error responses that never reveal exception
 * text, and the server's transport security (plain HTTP only on loopback; TLS with a
 * configured or self-signed certificate elsewhere).
 */
@ApplicationModule(displayName = "Web", allowedDependencies = "shared")
package dev.bulwark.web;

import org.springframework.modulith.ApplicationModule;
