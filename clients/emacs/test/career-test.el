;;; career-test.el --- ERT tests of career.el against the real careerd -*- lexical-binding: t; -*-

;;; Commentary:

;; Run: emacs -Q --batch -L clients/emacs -l clients/emacs/test/career-test.el \
;;        -f career-test-run
;;
;; Starts the real daemon ($CAREERD, default .build/debug/careerd of the
;; repository) on a socket in a temporary folder, with the knowledge folder
;; $CAREERD_KNOWLEDGE (default Knowledge/), runs every test and prints
;; "ert: N passed, N failed".

;;; Code:

(require 'ert)
(require 'cl-lib)
(require 'package)
(require 'checkdoc)
(require 'career)

(defconst career-test--here
  (file-name-directory (or load-file-name buffer-file-name))
  "The folder of this file.")

(defconst career-test--repo
  (expand-file-name "../../../" career-test--here)
  "The repository's root.")

(defconst career-test--source
  (expand-file-name "../career.el" career-test--here)
  "The file under test.")

(defvar career-test--binary
  (expand-file-name (or (getenv "CAREERD") ".build/debug/careerd") career-test--repo)
  "The careerd executable.")

(defvar career-test--knowledge
  (expand-file-name (or (getenv "CAREERD_KNOWLEDGE") "Knowledge") career-test--repo)
  "The knowledge folder.")

(defvar career-test--dir (make-temp-file "/tmp/careerd-ert-" t)
  "A private folder for sockets.")

(defvar career-test--socket (expand-file-name "careerd.sock" career-test--dir)
  "The test daemon's socket.")

(defvar career-test--daemon nil
  "The test daemon's process.")

;;;; Helpers

(defun career-test--wait-until (predicate &optional seconds)
  "Run the event loop until PREDICATE is true or SECONDS (10) pass."
  (let ((deadline (+ (float-time) (or seconds 10))))
    (while (and (not (funcall predicate)) (< (float-time) deadline))
      (accept-process-output nil 0.02))
    (funcall predicate)))

(defun career-test--answers-p (path)
  "Non-nil when a daemon accepts a connection at PATH."
  (let ((proc (career--open path)))
    (when (processp proc)
      (delete-process proc)
      t)))

(defun career-test-start-daemon ()
  "Start careerd on `career-test--socket' and wait until it answers."
  (unless (file-executable-p career-test--binary)
    (error "No careerd at %s: build it (make build) or set CAREERD"
           career-test--binary))
  (let ((process-environment (cons "CAREERD_TEST_HOOKS=1" process-environment)))
    (setq career-test--daemon
          (make-process :name "careerd-test" :buffer " *careerd-test-log*"
                        :command (list career-test--binary
                                       "--socket" career-test--socket
                                       "--knowledge" career-test--knowledge
                                       "--threads" "2")
                        :connection-type 'pipe :noquery t)))
  (unless (career-test--wait-until
           (lambda () (or (not (process-live-p career-test--daemon))
                          (career-test--answers-p career-test--socket)))
           20)
    (error "Careerd did not start"))
  (unless (process-live-p career-test--daemon)
    (error "Careerd exited: %s"
           (with-current-buffer " *careerd-test-log*" (buffer-string)))))

(defun career-test-stop-daemon ()
  "Stop the test daemon and wait until it has exited."
  (when (process-live-p career-test--daemon)
    (signal-process career-test--daemon 'SIGTERM)
    (career-test--wait-until (lambda () (not (process-live-p career-test--daemon))) 15)))

(defmacro career-test--with-daemon (&rest body)
  "Run BODY with `career-socket-path' set to the test daemon's socket."
  (declare (indent 0) (debug t))
  `(let ((career-socket-path career-test--socket)
         (career-timeout 10))
     (unless (process-live-p career-test--daemon)
       (career-test-start-daemon))
     ,@body))

(defun career-test--chat-idle-p (buffer)
  "Non-nil when the chat in BUFFER waits for no answer."
  (zerop (buffer-local-value 'career-chat--waiting buffer)))

(defun career-test--fresh-chat ()
  "A new chat buffer."
  (when (get-buffer "*career-chat*")
    (kill-buffer "*career-chat*"))
  (career-chat))

(defun career-test--buttons (buffer)
  "The labels of every button in BUFFER."
  (with-current-buffer buffer
    (let ((labels nil) (button (next-button (point-min))))
      (while button
        (push (button-label button) labels)
        (setq button (next-button (button-end button))))
      (nreverse labels))))

;;;; The package itself

(ert-deftest career-test-byte-compiles-without-warnings ()
  (let* ((dir (make-temp-file "career-bc-" t))
         (copy (expand-file-name "career.el" dir))
         (byte-compile-error-on-warn t)
         (byte-compile-log-warning-function
          (lambda (string &rest _) (error "Byte-compile warning: %s" string))))
    (copy-file career-test--source copy)
    (unwind-protect
        (should (byte-compile-file copy))
      (delete-directory dir t))))

(ert-deftest career-test-checkdoc-is-clean ()
  (let* ((problems nil)
         (checkdoc-create-error-function
          (lambda (text start _end &optional _unfixable)
            (push (format "%d: %s" (line-number-at-pos start) text) problems)
            nil))
         (checkdoc-autofix-flag 'never)
         (buffer (find-file-noselect career-test--source)))
    (unwind-protect
        (with-current-buffer buffer
          (checkdoc-current-buffer t))
      (kill-buffer buffer))
    (should (equal problems nil))))

(ert-deftest career-test-is-a-package ()
  (with-temp-buffer
    (insert-file-contents career-test--source)
    (let ((desc (package-buffer-info)))
      (should (eq (package-desc-name desc) 'career))
      (should (equal (package-desc-version desc) '(0 1 0)))
      (should (assq 'emacs (package-desc-reqs desc))))
    (goto-char (point-min))
    (should (re-search-forward "lexical-binding: t" (line-end-position) t))
    (should (re-search-forward "^;;; Commentary:" nil t))
    (should (re-search-forward "^;;; career.el ends here" nil t))))

(ert-deftest career-test-installs-with-autoloads ()
  (let* ((package-user-dir (make-temp-file "career-elpa-" t))
         (package-alist nil)
         (byte-compile-log-warning-function #'ignore))
    (unwind-protect
        (progn
          (package-install-file career-test--source)
          (let ((autoloads (car (directory-files-recursively
                                 package-user-dir "career-autoloads\\.el\\'"))))
            (should autoloads)
            (with-temp-buffer
              (insert-file-contents autoloads)
              (dolist (command '("career-ask" "career-chat" "career-call"))
                (goto-char (point-min))
                (should (search-forward (format "(autoload '%s " command) nil t))))))
      (delete-directory package-user-dir t))))

(ert-deftest career-test-customize-group ()
  (should (get 'career 'group-documentation))
  (should (assq 'career-socket-path (get 'career 'custom-group)))
  (should (custom-variable-p 'career-socket-path)))

;;;; Finding the socket

(ert-deftest career-test-candidates-follow-career ()
  (let ((career-socket-path nil)
        (process-environment (append '("CAREERD_SOCKET=/a.sock" "XDG_RUNTIME_DIR=/run/user/7")
                                     process-environment)))
    (should (equal (career-socket-candidates)
                   '("/a.sock" "/run/user/7/careerd.sock" "/run/careerd/careerd.sock"))))
  (let ((career-socket-path nil)
        (process-environment (append '("CAREERD_SOCKET=" "XDG_RUNTIME_DIR=/run/user/7/")
                                     process-environment)))
    (should (equal (career-socket-candidates)
                   '("/run/user/7/careerd.sock" "/run/careerd/careerd.sock"))))
  (let ((career-socket-path "/only.sock")
        (process-environment (cons "CAREERD_SOCKET=/a.sock" process-environment)))
    (should (equal (career-socket-candidates) '("/only.sock")))))

(ert-deftest career-test-environment-finds-the-daemon ()
  (career-test--with-daemon
    (let ((career-socket-path nil)
          (process-environment (cons (concat "CAREERD_SOCKET=" career-test--socket)
                                     process-environment)))
      (should (equal (alist-get 'protocol (career-call "info")) 1))
      (should (equal (process-get career--process 'career-path) career-test--socket)))))

(ert-deftest career-test-missing-daemon-is-one-clear-message ()
  (let* ((path (expand-file-name "missing.sock" career-test--dir))
         (career-socket-path path)
         (err (should-error (career-ask "what does a data engineer do?")
                            :type 'career-no-daemon)))
    (should (equal (error-message-string err)
                   (format "no careerd answers at %s (no such socket); start one with 'careerd' or 'make run'"
                           path)))
    ;; Interactively it is a user error: one line in the echo area, no backtrace.
    (should (memq 'user-error (get 'career-no-daemon 'error-conditions)))
    (should-error (career-ask "x" t) :type 'career-no-daemon)
    (with-current-buffer (career-test--fresh-chat)
      (should-error (career-chat-ask "x") :type 'career-no-daemon))))

(ert-deftest career-test-stale-socket-is-connection-refused ()
  (let* ((path (expand-file-name "stale.sock" career-test--dir))
         (career-socket-path path))
    (skip-unless (executable-find "python3"))
    (call-process "python3" nil nil nil "-c"
                  "import socket,sys; s=socket.socket(socket.AF_UNIX); s.bind(sys.argv[1]); s.close()"
                  path)
    (should (file-exists-p path))
    (let ((err (should-error (career-call "info") :type 'career-no-daemon)))
      (should (string-match-p "(connection refused); start one with 'careerd' or 'make run'\\'"
                              (error-message-string err))))))

;;;; Asking

(ert-deftest career-test-ask-returns-the-answer-text ()
  (career-test--with-daemon
    (let ((answer (career-ask "how much does a data analyst make?")))
      (should (stringp answer))
      (should (string-match-p "Data Analyst" answer))
      (should (string-match-p "\\$55,000" answer))
      (with-current-buffer "*career*"
        (should (derived-mode-p 'career-answer-mode))
        (should buffer-read-only)
        (goto-char (point-min))
        (should (looking-at "how much does a data analyst make\\?"))
        (should (search-forward "$55,000" nil t))
        ;; The trailing source list became footnotes.
        (should-not (search-forward "\nSources:\n" nil t))
        (goto-char (point-min))
        (should (re-search-forward "^\\[1\\] .+, .+ (.+)$" nil t))
        (should (eq (get-text-property (match-beginning 0) 'face) 'career-footnote))
        (should (search-forward "Try:" nil t))
        (should (cl-some (lambda (l) (string-match-p "\\?\\'" l))
                         (career-test--buttons (current-buffer))))))))

(ert-deftest career-test-ask-interactively-is-asynchronous ()
  (career-test--with-daemon
    (when (get-buffer "*career*") (kill-buffer "*career*"))
    (should (null (career-ask "what does a machine learning engineer do?" t)))
    (should-not (get-buffer "*career*"))  ; nothing has been read yet
    (should (career-test--wait-until
             (lambda () (and (get-buffer "*career*")
                             (with-current-buffer "*career*"
                               (string-match-p "Machine Learning Engineer" (buffer-string)))))))))

(ert-deftest career-test-suggestion-buttons-ask-them ()
  (career-test--with-daemon
    (career-ask "what does a data engineer do?")
    (with-current-buffer "*career*"
      (goto-char (point-min))
      (search-forward "Try:")
      (let* ((button (next-button (point)))
             (label (button-label button)))
        (push-button (button-start button))
        (should (career-test--wait-until
                 (lambda () (with-current-buffer "*career*"
                              (goto-char (point-min))
                              (looking-at (regexp-quote label))))))))))

(ert-deftest career-test-source-marks-jump-to-footnotes ()
  (career-test--with-daemon
    (career-ask "what does a data engineer do?")
    (with-current-buffer "*career*"
      (goto-char (point-min))
      (let ((mark (next-button (point))))
        (should (equal (button-label mark) "[1]"))
        (push-button (button-start mark))
        (should (looking-at "\\[1\\] "))))))

(ert-deftest career-test-call-and-errors ()
  (career-test--with-daemon
    (let ((info (career-call "info")))
      (should (equal (alist-get 'protocol info) 1))
      (should (member "ask" (alist-get 'methods info))))
    (let ((err (should-error (career-call "no.such.method") :type 'career-rpc-error)))
      (should (equal (nth 2 err) -32601))
      (should (string-match-p "no.such.method" (nth 1 err)))
      (should (equal (nth 3 err) '((method . "no.such.method"))))
      (should (equal (career-error-message err) "careerd: Method not found: no.such.method")))
    (let ((err (should-error (career-call "ask" '(:session "x")) :type 'career-rpc-error)))
      (should (equal (nth 2 err) -32602)))
    ;; The connection is still in step.
    (should (equal (alist-get 'protocol (career-call "info")) 1))))

(ert-deftest career-test-many-requests-in-flight ()
  (career-test--with-daemon
    (let* ((roles (mapcar (lambda (item) (alist-get 'id item))
                          (alist-get 'items (career-call "list" '(:type "role")))))
           (got nil))
      (dolist (role roles)
        (career-request "get" (list :type "role" :id role)
                        (lambda (result) (push (alist-get 'id result) got))))
      (should (career-test--wait-until (lambda () (= (length got) (length roles)))))
      (should (equal (nreverse got) roles)))))

(ert-deftest career-test-timeout ()
  (career-test--with-daemon
    (let* ((career-timeout 0.5)
           (err (should-error (career-call "debug.hang" '(:seconds 1))
                              :type 'career-connection-error)))
      (should (string-match-p "no answer within 0.5 s" (cadr err))))
    ;; The late answer is dropped; the next call gets its own.
    (should (equal (alist-get 'protocol (career-call "info")) 1))))

;;;; The chat

(ert-deftest career-test-chat-keeps-a-session ()
  (career-test--with-daemon
    (let ((chat (career-test--fresh-chat)))
      (with-current-buffer chat
        (should (derived-mode-p 'career-chat-mode))
        (should (stringp career-chat-session))
        (goto-char (point-max))
        (insert "what does a data engineer do?")
        (career-chat-send)
        (should (equal (buffer-substring-no-properties career-chat--input (point-max)) ""))
        (should (career-test--wait-until (lambda () (career-test--chat-idle-p chat))))
        (should (string-match-p "careerd: Data Engineer: " (buffer-string)))
        (career-chat-ask "what skills do they need?")
        (should (career-test--wait-until (lambda () (career-test--chat-idle-p chat))))
        ;; The follow-up names no role: the session supplies it.
        (should (string-match-p "You: what skills do they need\\?\ncareerd: [^\n]*Data Engineer"
                                (buffer-string)))
        ;; Another chat is another conversation.
        (let ((session career-chat-session))
          (with-current-buffer (career-test--fresh-chat)
            (should-not (equal career-chat-session session))))))))

(ert-deftest career-test-chat-suggestions-and-footnotes ()
  (career-test--with-daemon
    (let ((chat (career-test--fresh-chat)))
      (with-current-buffer chat
        (career-chat-ask "what does an MLOps engineer do?")
        (should (career-test--wait-until (lambda () (career-test--chat-idle-p chat))))
        (goto-char (point-min))
        (should (re-search-forward "^\\[1\\] " nil t))
        (should (eq (get-text-property (match-beginning 0) 'face) 'career-footnote))
        (should (search-forward "Try:" nil t))
        (let* ((button (next-button (point)))
               (label (button-label button)))
          ;; RET on the suggestion asks it.
          (goto-char (button-start button))
          (call-interactively (key-binding (kbd "RET")))
          (should (career-test--wait-until (lambda () (career-test--chat-idle-p chat))))
          (goto-char (point-min))
          (should (search-forward (concat "You: " label) nil t)))))))

(ert-deftest career-test-chat-transcript-is-read-only ()
  (career-test--with-daemon
    (let ((chat (career-test--fresh-chat)))
      (with-current-buffer chat
        (career-chat-ask "what does a data analyst do?")
        (should (career-test--wait-until (lambda () (career-test--chat-idle-p chat))))
        (goto-char (point-min))
        (search-forward "Data Analyst")
        (should-error (insert "x") :type 'text-read-only)
        (goto-char (point-max))
        (insert "typed")
        (should (equal (buffer-substring-no-properties career-chat--input (point-max)) "typed"))))))

(ert-deftest career-test-chat-reset ()
  (career-test--with-daemon
    (let ((chat (career-test--fresh-chat)))
      (with-current-buffer chat
        (career-chat-ask "what does a data engineer do?")
        (should (career-test--wait-until (lambda () (career-test--chat-idle-p chat))))
        (career-chat-reset)
        (should (career-test--wait-until
                 (lambda () (string-match-p "(conversation forgotten)" (buffer-string)))))))))

;;;; Restarts

(ert-deftest career-test-reconnects-after-a-restart ()
  (career-test--with-daemon
    (let ((chat (career-test--fresh-chat))
          (before nil))
      (with-current-buffer chat
        (career-chat-ask "what does a data engineer do?")
        (should (career-test--wait-until (lambda () (career-test--chat-idle-p chat)))))
      (setq before career--process)
      (should (process-live-p before))
      (career-test-stop-daemon)
      (career-test-start-daemon)
      (should (string-match-p "Data Scientist" (career-ask "what does a data scientist do?")))
      (should-not (eq career--process before))
      ;; The chat carries on too.  (A restarted daemon has forgotten every session.)
      (with-current-buffer chat
        (career-chat-ask "what does a data scientist do?")
        (should (career-test--wait-until (lambda () (career-test--chat-idle-p chat))))
        (should (string-match-p "You: what does a data scientist do\\?\ncareerd: Data Scientist"
                                (buffer-string)))))))

(ert-deftest career-test-daemon-gone-while-connected ()
  (career-test--with-daemon
    (career-call "info")
    (career-test-stop-daemon)
    (let ((err (should-error (career-call "info") :type 'career-no-daemon)))
      (should (string-match-p "no careerd answers at .* start one with 'careerd' or 'make run'"
                              (error-message-string err))))
    (career-test-start-daemon)
    (should (equal (alist-get 'protocol (career-call "info")) 1))))

;;;; Running

(defun career-test-run ()
  "Run every test in batch mode, print the counts and exit."
  (let ((stats nil))
    (unwind-protect
        (setq stats (ert-run-tests-batch "^career-test-"))
      (career-test-stop-daemon)
      (delete-directory career-test--dir t))
    (let ((passed (ert-stats-completed-expected stats))
          (failed (ert-stats-completed-unexpected stats))
          (skipped (ert-stats-skipped stats)))
      (princ (format "ert: %d passed, %d failed%s\n" passed failed
                     (if (> skipped 0) (format ", %d skipped" skipped) "")))
      (kill-emacs (if (zerop failed) 0 1)))))

(provide 'career-test)
;;; career-test.el ends here
