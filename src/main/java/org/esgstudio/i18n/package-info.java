/** User-visible texts in Chinese (default) and English, and the exception that carries one to the user. */
package org.esgstudio.i18n;
