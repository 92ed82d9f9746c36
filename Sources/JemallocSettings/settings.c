// jemalloc reads its options from this symbol when the process starts (see `man jemalloc`, "malloc_conf").
//
// - background_thread: a jemalloc thread returns freed memory to the system, instead of the threads
//   that render pages or answer requests;
// - dirty_decay_ms / muzzy_decay_ms: freed pages go back within a second, so a long-running `icp serve`
//   stays near the memory it uses (the default keeps them for ten seconds).
const char *malloc_conf = "background_thread:true,dirty_decay_ms:1000,muzzy_decay_ms:0";
