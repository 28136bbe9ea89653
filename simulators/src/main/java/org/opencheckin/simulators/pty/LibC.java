package org.opencheckin.simulators.pty;

import com.sun.jna.Library;
import com.sun.jna.Native;
import com.sun.jna.NativeLong;
import com.sun.jna.Pointer;

/**
 * The few libc calls a pseudo-terminal needs (POSIX: posix_openpt, grantpt, unlockpt, ptsname_r;
 * termios: tcgetattr, cfmakeraw, tcsetattr; poll). Linux/glibc only, which is what the kiosk and CI run.
 */
interface LibC extends Library {

    LibC INSTANCE = Native.load("c", LibC.class);

    int O_RDWR = 0x2;
    int O_NOCTTY = 0x100;
    int O_NONBLOCK = 0x800;
    int TCSANOW = 0;
    short POLLIN = 0x1;
    /** sizeof(struct termios) on Linux is 60; a larger buffer is harmless. */
    int TERMIOS_SIZE = 128;

    int posix_openpt(int flags);

    int grantpt(int fd);

    int unlockpt(int fd);

    int ptsname_r(int fd, byte[] buf, NativeLong buflen);

    int open(String path, int flags);

    int close(int fd);

    NativeLong read(int fd, byte[] buf, NativeLong count);

    NativeLong write(int fd, byte[] buf, NativeLong count);

    int poll(Pointer fds, NativeLong nfds, int timeoutMillis);

    int tcgetattr(int fd, Pointer termios);

    void cfmakeraw(Pointer termios);

    int tcsetattr(int fd, int optionalActions, Pointer termios);
}
