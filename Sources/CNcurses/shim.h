#ifndef HAIAN_CNCURSES_SHIM_H
#define HAIAN_CNCURSES_SHIM_H

// The wide-character API (get_wch, add_wch) is only declared with these set.
#ifndef _XOPEN_SOURCE_EXTENDED
#define _XOPEN_SOURCE_EXTENDED 1
#endif
#ifndef NCURSES_WIDECHAR
#define NCURSES_WIDECHAR 1
#endif

#include <locale.h>
#include <langinfo.h>
#include <signal.h>
#include <string.h>
#include <unistd.h>
#include <wchar.h>
#include <ncursesw/curses.h>

// ncursesw draws Vietnamese only under a UTF-8 locale: take the user's, else C.UTF-8.
// Returns 1 when the resulting locale is UTF-8.
static inline int haian_setup_locale(void) {
    setlocale(LC_ALL, "");
    const char *codeset = nl_langinfo(CODESET);
    if (codeset == NULL || strcmp(codeset, "UTF-8") != 0) {
        if (setlocale(LC_ALL, "C.UTF-8") == NULL) setlocale(LC_CTYPE, "C.UTF-8");
    }
    codeset = nl_langinfo(CODESET);
    return codeset != NULL && strcmp(codeset, "UTF-8") == 0;
}

// Globals and macros Swift 6 cannot use directly.
static inline WINDOW *haian_stdscr(void) { return stdscr; }
static inline int haian_lines(void) { return LINES; }
static inline int haian_cols(void) { return COLS; }
static inline attr_t haian_color_pair(short pair) { return (attr_t)COLOR_PAIR(pair); }
static inline attr_t haian_attr_bold(void) { return A_BOLD; }
static inline attr_t haian_attr_reverse(void) { return A_REVERSE; }
static inline attr_t haian_attr_underline(void) { return A_UNDERLINE; }
static inline attr_t haian_attr_dim(void) { return A_DIM; }
static inline int haian_key_f(int n) { return KEY_F(n); }

// newterm instead of initscr: initscr exits the process when TERM is unusable.
static inline SCREEN *haian_newterm(void) {
    SCREEN *screen = newterm(NULL, stdout, stdin);
    if (screen != NULL) set_term(screen);
    return screen;
}

// Reads one key or character; returns OK, KEY_CODE_YES or ERR (timeout).
static inline int haian_get_wch(unsigned int *out) {
    wint_t ch = 0;
    int rc = wget_wch(stdscr, &ch);
    *out = (unsigned int)ch;
    return rc;
}

static inline int haian_put(int y, int x, const char *utf8, attr_t attrs) {
    attrset(attrs);
    return mvaddstr(y, x, utf8);
}

// Crashing signals restore the terminal here, then die as usual. (SIGINT, SIGTERM and
// SIGHUP are handled in Swift: a flag in a header would be copied into every object file.)
static void haian_on_fatal_signal(int sig) {
    endwin();
    signal(sig, SIG_DFL);
    raise(sig);
}

static inline void haian_install_fatal_signal_handlers(void) {
    // A parent may have left these blocked (spawned children inherit the mask); without
    // them the program would miss resizes and requests to stop.
    sigset_t wanted;
    sigemptyset(&wanted);
    sigaddset(&wanted, SIGINT);
    sigaddset(&wanted, SIGTERM);
    sigaddset(&wanted, SIGHUP);
    sigaddset(&wanted, SIGWINCH);
    sigprocmask(SIG_UNBLOCK, &wanted, NULL);
    signal(SIGSEGV, haian_on_fatal_signal);
    signal(SIGBUS, haian_on_fatal_signal);
    signal(SIGILL, haian_on_fatal_signal);
    signal(SIGTRAP, haian_on_fatal_signal);
    signal(SIGABRT, haian_on_fatal_signal);
    signal(SIGFPE, haian_on_fatal_signal);
}

#endif
