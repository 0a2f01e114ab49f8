/**
 * Data of the web: cookie and session identifiers in access logs, header dumps and exported
 * cookie jars ({@link dev.shirabe.detect.web.CookieIdDetector}). They single out one browser
 * across visits; joined with a log's IP addresses and times, one person.
 */
package dev.shirabe.detect.web;
