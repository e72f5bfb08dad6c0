/**
 * Small value types that every module speaks: partial dates, slugs, name normalisation and the typed errors that the
 * web layer turns into pages and problem details in the user's language. It holds no state and no tables.
 */
@org.springframework.modulith.ApplicationModule(type = org.springframework.modulith.ApplicationModule.Type.OPEN)
package org.amity.shared;
