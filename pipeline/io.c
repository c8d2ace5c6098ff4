/* Input and output for the filters: "-", size limits, atomic -o. */
#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "io.h"

const char *
pk_io_name(const char *path)
{
	return path == NULL || strcmp(path, "-") == 0 ? "<stdin>" : path;
}

static int	read_fd(int fd, int stdin_fd, size_t max, struct pk_buf *out,
		    struct pk_diag *d);

/* A failed write to standard output already said, not said again when
 * it is closed. */
static int	stdout_said;

int
pk_io_read(const char *path, size_t max, struct pk_buf *out,
    struct pk_diag *d)
{
	int	 fd, stdin_fd;

	stdin_fd = path == NULL || strcmp(path, "-") == 0;
	fd = stdin_fd ? STDIN_FILENO : open(path, O_RDONLY | O_CLOEXEC);
	if (fd == -1) {
		pk_diag(d, PK_E_READ, 0, "%s", strerror(errno));
		return -1;
	}
	return read_fd(fd, stdin_fd, max, out, d);
}

int
pk_io_read_file(const char *path, size_t max, struct pk_buf *out,
    struct pk_diag *d)
{
	struct stat	 st;
	int		 fd;

	/* Non-blocking: opening a FIFO without a writer must not wait. */
	if ((fd = open(path, O_RDONLY | O_CLOEXEC | O_NONBLOCK)) == -1) {
		pk_diag(d, PK_E_READ, 0, "%s", strerror(errno));
		return -1;
	}
	if (fstat(fd, &st) == -1 || !S_ISREG(st.st_mode) ||
	    fcntl(fd, F_SETFL, 0) == -1) {
		pk_diag(d, PK_E_READ, 0, "not a regular file");
		close(fd);
		return -1;
	}
	return read_fd(fd, 0, max, out, d);
}

static int
read_fd(int fd, int stdin_fd, size_t max, struct pk_buf *out,
    struct pk_diag *d)
{
	ssize_t	 got;

	pk_buf_reset(out);
	for (;;) {
		if (pk_buf_reserve(out, 65536) == -1) {
			pk_diag(d, PK_E_NOMEM, 0, NULL);
			goto fail;
		}
		got = read(fd, out->data + out->len, 65536);
		if (got == -1 && errno == EINTR)
			continue;
		if (got == -1) {
			pk_diag(d, PK_E_READ, 0, "%s", strerror(errno));
			goto fail;
		}
		if (got == 0)
			break;
		out->len += (size_t)got;
		if (out->len > max) {
			pk_diag(d, PK_E_TOOBIG, 0, "more than %zu bytes", max);
			goto fail;
		}
	}
	out->data[out->len] = '\0';
	if (!stdin_fd)
		close(fd);
	return 0;
fail:
	if (!stdin_fd)
		close(fd);
	return -1;
}

static int
write_all(int fd, const char *data, size_t len)
{
	ssize_t	 put;

	while (len > 0) {
		put = write(fd, data, len);
		if (put == -1 && errno == EINTR)
			continue;
		if (put == -1)
			return -1;
		data += put;
		len -= (size_t)put;
	}
	return 0;
}

int
pk_io_result_mode(int fd)
{
	/* umask(2) can only be read by setting it (one thread here). */
	mode_t	 mask = umask(0);

	umask(mask);
	return fchmod(fd, 0666 & ~mask);
}

/* The directories of path's directory part, as mkdir -p makes them. */
static int
make_parents(char *path)
{
	char	*s;

	for (s = strchr(path + 1, '/'); s != NULL; s = strchr(s + 1, '/')) {
		*s = '\0';
		if (mkdir(path, 0777) == -1 && errno != EEXIST) {
			*s = '/';
			return -1;
		}
		*s = '/';
	}
	return 0;
}

/*
 * Written into what path is, not replaced: a device (-o /dev/null), a
 * FIFO, or a directory, which open(2) refuses.  A temporary renamed
 * over /dev/null would make it a file, for every program on the
 * machine, when run as root.
 */
static int
write_in_place(const char *path, const char *data, size_t len,
    struct pk_diag *d)
{
	int	 fd;

	if ((fd = open(path, O_WRONLY | O_CLOEXEC)) == -1 ||
	    write_all(fd, data, len) == -1) {
		pk_diag(d, PK_E_WRITE, 0, "%s: %s", path, strerror(errno));
		if (fd != -1)
			close(fd);
		return -1;
	}
	if (close(fd) == -1) {
		pk_diag(d, PK_E_WRITE, 0, "%s: %s", path, strerror(errno));
		return -1;
	}
	return 0;
}

int
pk_io_stage(const char *path, const char *data, size_t len,
    struct pk_io_staged *s, struct pk_diag *d)
{
	struct stat	 st;
	char		*target;
	int		 fd = -1;

	memset(s, 0, sizeof(*s));
	s->data = data;
	s->len = len;
	if (stat(path, &st) == 0 && S_ISDIR(st.st_mode)) {
		pk_diag(d, PK_E_WRITE, 0, "%s: %s", path, strerror(EISDIR));
		return -1;
	}
	/* A symbolic link stays one: the file it names is replaced. */
	if (lstat(path, &st) == 0 && S_ISLNK(st.st_mode) &&
	    (target = realpath(path, NULL)) != NULL)
		s->path = target;
	else
		s->path = strdup(path);
	if (s->path == NULL) {
		pk_diag(d, PK_E_NOMEM, 0, NULL);
		return -1;
	}
	/* A device or FIFO: written into when committed. */
	if (stat(s->path, &st) == 0 && !S_ISREG(st.st_mode))
		return 0;
	if ((s->tmp = malloc(strlen(s->path) + 16)) == NULL) {
		pk_diag(d, PK_E_NOMEM, 0, NULL);
		pk_io_unstage(s);
		return -1;
	}
	sprintf(s->tmp, "%s.tmp.XXXXXX", s->path);
	/* -o and -d into a directory not there yet: made, as mkdir -p
	 * would (issue 13: it failed). */
	if ((fd = mkstemp(s->tmp)) == -1 && (errno != ENOENT ||
	    make_parents(s->tmp) == -1 || sprintf(s->tmp, "%s.tmp.XXXXXX",
	    s->path) < 0 || (fd = mkstemp(s->tmp)) == -1))
		goto fail;
	if (pk_io_result_mode(fd) == -1 || write_all(fd, data, len) == -1) {
		close(fd);
		goto fail;
	}
	if (close(fd) == -1)
		goto fail;
	return 0;
fail:
	pk_diag(d, PK_E_WRITE, 0, "%s: %s", path, strerror(errno));
	/* The temporary, if mkstemp made it, goes with the rest. */
	if (fd == -1) {
		free(s->tmp);
		s->tmp = NULL;
	}
	pk_io_unstage(s);
	return -1;
}

int
pk_io_commit(struct pk_io_staged *s, struct pk_diag *d)
{
	int	 rc = 0;

	if (s->tmp == NULL)
		rc = write_in_place(s->path, s->data, s->len, d);
	else if (rename(s->tmp, s->path) == -1) {
		pk_diag(d, PK_E_WRITE, 0, "%s: %s", s->path, strerror(errno));
		rc = -1;
	} else {
		free(s->tmp);
		s->tmp = NULL;
	}
	pk_io_unstage(s);
	return rc;
}

void
pk_io_unstage(struct pk_io_staged *s)
{
	if (s->tmp != NULL) {
		unlink(s->tmp);
		free(s->tmp);
	}
	free(s->path);
	memset(s, 0, sizeof(*s));
}

int
pk_io_write(const char *path, const char *data, size_t len,
    struct pk_diag *d)
{
	struct pk_io_staged	 s;

	if (path == NULL || strcmp(path, "-") == 0) {
		if (fwrite(data, 1, len, stdout) != len) {
			pk_diag(d, PK_E_WRITE, 0, "<stdout>: %s",
			    strerror(errno));
			stdout_said = 1;
			return -1;
		}
		return 0;
	}
	if (pk_io_stage(path, data, len, &s, d) == -1)
		return -1;
	return pk_io_commit(&s, d);
}

int
pk_io_close_stdout(struct pk_diag *d)
{
	int	 bad;

	bad = fflush(stdout) != 0 || ferror(stdout);
	/* A descriptor closed (>&-) with nothing written to it lost
	 * nothing: a run with -o or -q does not fail for it. */
	if (fclose(stdout) != 0 && (errno != EBADF || bad))
		bad = 1;
	if (bad && !stdout_said)
		pk_diag(d, PK_E_WRITE, 0, "<stdout>: %s", strerror(errno));
	return bad ? -1 : 0;
}
