/* Power-cut simulation for the tests (LD_PRELOAD): remember what each file held at its
 * last fsync, so the test can throw away everything written after it.
 *
 * After each successful fsync()/fdatasync() of a regular file under $POWERCUT_DIR, the
 * file's whole content is copied to "<file>.synced" (written to a temporary name and
 * renamed, so a kill during the copy keeps the previous image). After killing the writer
 * the test replaces every file by its ".synced" image and deletes files that were never
 * synced: the disk as it would be if the power had gone at that moment and the drive had
 * kept exactly what it was told to make durable, nothing more.
 */
#define _GNU_SOURCE
#include <dlfcn.h>
#include <fcntl.h>
#include <limits.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

static void snapshot(int fd) {
    const char *dir = getenv("POWERCUT_DIR");
    char link[64], path[PATH_MAX], tmp[PATH_MAX + 32], dst[PATH_MAX + 32], buf[65536];
    struct stat st;
    ssize_t n;
    if (!dir || fstat(fd, &st) != 0 || !S_ISREG(st.st_mode)) return;
    snprintf(link, sizeof link, "/proc/self/fd/%d", fd);
    n = readlink(link, path, sizeof path - 1);
    if (n <= 0) return;
    path[n] = '\0';
    if (strncmp(path, dir, strlen(dir)) != 0 || strstr(path, ".synced")) return;
    snprintf(tmp, sizeof tmp, "%s.synced.tmp", path);
    snprintf(dst, sizeof dst, "%s.synced", path);
    int out = open(tmp, O_CREAT | O_TRUNC | O_WRONLY, 0600);
    if (out < 0) return;
    off_t at = 0;
    while ((n = pread(fd, buf, sizeof buf, at)) > 0) {
        if (write(out, buf, (size_t)n) != n) break;
        at += n;
    }
    close(out);
    rename(tmp, dst);
}

int fsync(int fd) {
    static int (*real)(int);
    if (!real) real = (int (*)(int))dlsym(RTLD_NEXT, "fsync");
    int done = real(fd);
    if (done == 0) snapshot(fd);
    return done;
}

int fdatasync(int fd) {
    static int (*real)(int);
    if (!real) real = (int (*)(int))dlsym(RTLD_NEXT, "fdatasync");
    int done = real(fd);
    if (done == 0) snapshot(fd);
    return done;
}
