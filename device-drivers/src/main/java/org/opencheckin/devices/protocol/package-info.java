/** Request/reply plumbing shared by the device protocols: frame reader, device link (lock + health). */
package org.opencheckin.devices.protocol;
