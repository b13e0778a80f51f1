// SQLite's C API from Debian's libsqlite3-dev, for the FTS5 comparison in ScaleProbe.
#include <sqlite3.h>
