/**
 * Postal addresses, Japanese (the municipality list, 丁目・番地・号, buildings) and English
 * (street, unit, city, region, country and postcode kept together).
 */
package dev.shirabe.detect.addresses;
