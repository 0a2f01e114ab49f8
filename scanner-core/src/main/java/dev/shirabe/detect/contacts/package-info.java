/**
 * Contact data: mail addresses (with role mailboxes, {@code info@}, told apart from people's:
 * {@link dev.shirabe.detect.contacts.RoleMailboxes}) and phone numbers (libphonenumber, with
 * the labels and shapes that tell a phone number from other numbers).
 */
package dev.shirabe.detect.contacts;
