;;; career.el --- Ask careerd, the AI and ML career advisor -*- lexical-binding: t; -*-

;; Author: The careerd authors
;; Version: 0.1.0
;; Package-Requires: ((emacs "27.1"))
;; Keywords: help, comm

;; This file is not part of GNU Emacs.

;;; Commentary:

;; careerd is a career advisor for careers in AI and machine learning.
;; It runs as a daemon and speaks JSON-RPC 2.0, one message per line,
;; over a Unix socket.  This package talks to it from Emacs:
;;
;; - `M-x career-ask' reads a question in the minibuffer and shows the
;;   answer in the *career* buffer.  Called from Lisp,
;;   (career-ask "how much does a data analyst make?") also waits for the
;;   answer and returns its text.
;; - `M-x career-chat' opens a chat buffer that keeps one conversation,
;;   so follow-ups ("how much do they make?") work.  Type after the
;;   prompt and press RET.  Suggested follow-ups are buttons: RET or a
;;   click asks them.  Sources are footnotes below each answer, and each
;;   [n] mark in an answer is a button to its footnote.  C-c C-k makes
;;   careerd forget the conversation.
;;
;; Interactive commands never freeze Emacs: requests go over an
;; asynchronous connection, and answers are shown when they arrive.
;; When no daemon answers, one message says where it looked and why.
;;
;; The socket is found as the `career' command finds it: $CAREERD_SOCKET,
;; else $XDG_RUNTIME_DIR/careerd.sock, else /run/careerd/careerd.sock.
;; Customize `career-socket-path' to use one socket and no other.
;;
;; Installing: M-x package-install-file RET /path/to/career.el RET, or
;; put the file's folder on `load-path'; the commands are autoloaded.
;;
;;   (use-package career
;;     :load-path "~/src/careerd/clients/emacs"
;;     :commands (career-ask career-chat)
;;     :custom (career-socket-path "/run/careerd/careerd.sock"))
;;
;; For Lisp: `career-call' calls any method and waits for its result;
;; `career-request' calls one asynchronously.

;;; Code:

(require 'button)
(require 'cl-lib)
(require 'json)
(require 'subr-x)

;;;; Options

(defgroup career nil
  "Ask careerd, the career advisor daemon."
  :group 'applications
  :prefix "career-")

(defcustom career-socket-path nil
  "Path of careerd's Unix socket, or nil to look for it.
When nil, the first of $CAREERD_SOCKET, $XDG_RUNTIME_DIR/careerd.sock
and /run/careerd/careerd.sock that accepts a connection is used, as
the `career' command does.  When set, only that socket is tried."
  :type '(choice (const :tag "Look for it as `career' does" nil)
                 (file :tag "Socket path"))
  :group 'career)

(defcustom career-timeout 30
  "Seconds to wait for careerd's answer to one request."
  :type 'number
  :group 'career)

(defface career-question '((t :inherit bold))
  "Face of the question above an answer."
  :group 'career)

(defface career-speaker '((t :inherit font-lock-keyword-face))
  "Face of the \"You:\" and \"careerd:\" labels in the chat."
  :group 'career)

(defface career-footnote '((t :inherit shadow))
  "Face of the source footnotes below an answer."
  :group 'career)

;;;; Errors

;; `career-no-daemon' and `career-connection-error' carry one message and
;; are also file errors, so that Emacs shows that message as it is:
;; "no careerd answers at PATH (no such socket); start one with ...".
(define-error 'career-error "careerd")
(define-error 'career-connection-error "careerd" '(career-error file-error))
(define-error 'career-no-daemon "careerd" '(career-connection-error user-error))
(define-error 'career-rpc-error "careerd" 'career-error)

;;;; Finding the socket

(defconst career-system-socket "/run/careerd/careerd.sock"
  "The socket of the system service.")

(defun career-socket-candidates ()
  "Return the socket paths to try, best first.
This is `career-socket-path' alone when it is set, else
$CAREERD_SOCKET, $XDG_RUNTIME_DIR/careerd.sock and
`career-system-socket', skipping unset variables and duplicates."
  (if (and career-socket-path (not (string-empty-p career-socket-path)))
      (list (expand-file-name career-socket-path))
    (let ((runtime (getenv "XDG_RUNTIME_DIR"))
          (paths nil))
      (dolist (path (list (getenv "CAREERD_SOCKET")
                          (and runtime (not (string-empty-p runtime))
                               (concat (file-name-as-directory runtime)
                                       "careerd.sock"))
                          career-system-socket))
        (when (and path (not (string-empty-p path)) (not (member path paths)))
          (push path paths)))
      (nreverse paths))))

(defun career--connect-reason (path err)
  "Say in a few words why connecting to PATH failed with ERR."
  (let ((text (downcase (or (and (stringp (nth 2 err)) (nth 2 err))
                            (error-message-string err)))))
    (cond ((string-match-p "no such file\\|not a directory" text)
           "no such socket")
          ((string-match-p "refused" text) "connection refused")
          ((string-match-p "permission\\|not permitted" text)
           "permission denied")
          ((not (file-exists-p path)) "no such socket")
          (t text))))

(defun career--unreachable-message (path reason)
  "The one line `career' prints when no daemon answers at PATH for REASON."
  (format "no careerd answers at %s (%s)%s" path reason
          (pcase reason
            ((or "no such socket" "connection refused")
             "; start one with 'careerd' or 'make run'")
            ("permission denied"
             "; the socket belongs to another user or group")
            (_ ""))))

;;;; The connection

(cl-defstruct (career--request (:copier nil))
  "One request waiting for its answer."
  id method params callback errback timer retried)

(defvar career--process nil
  "The connection to careerd, or nil.")

(defvar career--next-id 0
  "The id of the last request sent.")

(defconst career--max-response-bytes (* 16 1024 1024)
  "The longest answer line accepted.")

(defun career--open (path)
  "Connect to the socket at PATH.
Return the process, or (failed REASON) when nothing answers there."
  (condition-case err
      (let ((proc (make-network-process
                   :name "careerd" :family 'local :service path
                   :coding 'utf-8-unix :noquery t
                   :filter #'career--filter :sentinel #'career--sentinel)))
        (process-put proc 'career-path path)
        (process-put proc 'career-partial "")
        (process-put proc 'career-pending nil)
        proc)
    (file-error (list 'failed (career--connect-reason path err)))))

(defun career--connect ()
  "Connect to the first candidate socket that answers; return the process.
Signal `career-no-daemon' naming the most telling failure when none
answers: an existing but dead or forbidden socket before a missing one."
  (let ((failures nil))
    (catch 'connected
      (dolist (path (career-socket-candidates))
        (let ((outcome (career--open path)))
          (if (processp outcome)
              (throw 'connected outcome)
            (push (cons path (cadr outcome)) failures))))
      (setq failures (nreverse failures))
      (let ((telling (or (cl-find-if (lambda (f) (not (equal (cdr f) "no such socket")))
                                     failures)
                         (car failures))))
        (signal 'career-no-daemon
                (list (career--unreachable-message (car telling) (cdr telling))))))))

(defun career--connection ()
  "Return a live connection to careerd, connecting when there is none."
  (unless (and (process-live-p career--process)
               (member (process-get career--process 'career-path)
                       (career-socket-candidates)))
    (when (processp career--process)
      (delete-process career--process))
    (setq career--process (career--connect)))
  career--process)

(defun career--encode (id method params)
  "The request line for ID, METHOD and PARAMS (a plist or nil)."
  (let ((message (append (list :jsonrpc "2.0" :id id :method method)
                         (and params (list :params params)))))
    (concat (if (fboundp 'json-serialize)
                (json-serialize message)
              (json-encode message))
            "\n")))

(defun career--decode (line)
  "Parse the JSON object on LINE into an alist with symbol keys."
  (if (fboundp 'json-parse-string)
      (json-parse-string line :object-type 'alist :array-type 'list
                         :null-object nil :false-object :json-false)
    (let ((json-object-type 'alist) (json-array-type 'list)
          (json-key-type 'symbol) (json-false :json-false) (json-null nil))
      (json-read-from-string line))))

(defun career--send (request)
  "Write REQUEST on the connection, connecting (and reconnecting once).
Signal `career-no-daemon' when no daemon answers."
  (let* ((proc (career--connection))
         (id (setq career--next-id (1+ career--next-id)))
         (line (career--encode id (career--request-method request)
                               (career--request-params request))))
    (setf (career--request-id request) id)
    (process-put proc 'career-pending
                 (append (process-get proc 'career-pending) (list request)))
    (condition-case nil
        (progn
          (process-send-string proc line)
          (unless (career--request-timer request)
            (setf (career--request-timer request)
                  (run-at-time career-timeout nil #'career--time-out request))))
      (error
       ;; The daemon went away since the last request: a new connection.
       (process-put proc 'career-pending
                    (delq request (process-get proc 'career-pending)))
       (when (eq proc career--process) (setq career--process nil))
       (delete-process proc)
       (if (career--request-retried request)
           (signal 'career-connection-error
                   (list (format "careerd at %s: connection closed by the daemon"
                                 (process-get proc 'career-path))))
         (setf (career--request-retried request) t)
         (career--send request))))
    id))

(defun career--finish (request)
  "Stop waiting for REQUEST: cancel its timer and forget it."
  (when (career--request-timer request)
    (cancel-timer (career--request-timer request))
    (setf (career--request-timer request) nil))
  (when (processp career--process)
    (process-put career--process 'career-pending
                 (delq request (process-get career--process 'career-pending)))))

(defun career--call-safely (function argument)
  "Call FUNCTION with ARGUMENT; report an error in it instead of raising it."
  (condition-case-unless-debug err
      (funcall function argument)
    (error (message "career: error in a callback: %s" (error-message-string err)))))

(defun career--fail (request condition)
  "Give REQUEST's errback the error CONDITION."
  (career--finish request)
  (career--call-safely (career--request-errback request) condition))

(defun career--time-out (request)
  "Give up on REQUEST: no answer came in time."
  (setf (career--request-timer request) nil)
  (career--fail request
                (list 'career-connection-error
                      (format "careerd at %s: no answer within %s s"
                              (if (processp career--process)
                                  (process-get career--process 'career-path)
                                (car (career-socket-candidates)))
                              career-timeout))))

(defun career--filter (proc string)
  "Collect STRING from PROC and dispatch every complete answer line."
  (save-match-data
    (let ((data (concat (process-get proc 'career-partial) string))
          (start 0))
      (while (string-match "\n" data start)
        (let ((line (substring data start (match-beginning 0))))
          (setq start (match-end 0))
          (unless (string-blank-p line)
            (career--dispatch proc line))))
      (setq data (substring data start))
      (if (> (length data) career--max-response-bytes)
          (career--drop proc "malformed response: an answer line too long")
        (process-put proc 'career-partial data)))))

(defun career--dispatch (proc line)
  "Hand the answer on LINE, read from PROC, to the request it answers."
  (let ((message (condition-case nil (career--decode line) (error nil))))
    (if (not (and (consp message) (equal (alist-get 'jsonrpc message) "2.0")))
        (career--drop proc "malformed response: not a JSON-RPC response")
      (let* ((id (alist-get 'id message))
             (pending (process-get proc 'career-pending))
             ;; A null id answers a line careerd could not read: the oldest.
             (request (if id
                          (cl-find id pending :key #'career--request-id :test #'equal)
                        (car pending)))
             (err (alist-get 'error message)))
        (when request
          (process-put proc 'career-pending (delq request pending))
          (career--finish request)
          (if err
              (career--fail request (list 'career-rpc-error
                                          (alist-get 'message err)
                                          (alist-get 'code err)
                                          (alist-get 'data err)))
            (career--call-safely (career--request-callback request)
                                 (alist-get 'result message))))))))

(defun career--drop (proc reason)
  "Close PROC, failing what it had pending with REASON."
  (let ((pending (process-get proc 'career-pending)))
    (process-put proc 'career-pending nil)
    (when (eq proc career--process) (setq career--process nil))
    (delete-process proc)
    (dolist (request pending)
      (career--fail request
                    (list 'career-connection-error
                          (format "careerd at %s: %s"
                                  (process-get proc 'career-path) reason))))))

(defun career--sentinel (proc _event)
  "Handle PROC closing: send again, once, what was waiting on it."
  (unless (process-live-p proc)
    (when (eq proc career--process) (setq career--process nil))
    (let ((pending (process-get proc 'career-pending)))
      (process-put proc 'career-pending nil)
      (dolist (request pending)
        (if (career--request-retried request)
            (career--fail request
                          (list 'career-connection-error
                                (format "careerd at %s: connection closed by the daemon"
                                        (process-get proc 'career-path))))
          (setf (career--request-retried request) t)
          (condition-case err
              (career--send request)
            (career-error (career--fail request err))))))))

(defun career-error-message (condition)
  "Return the one-line message for the error CONDITION."
  (if (and (eq (car condition) 'career-rpc-error) (stringp (cadr condition)))
      (concat "careerd: " (cadr condition))
    (error-message-string condition)))

(defun career--report-error (condition)
  "Show the error CONDITION in the echo area."
  (message "%s" (career-error-message condition)))

;;;; Calls

(defun career-request (method params callback &optional errback)
  "Call METHOD with PARAMS on careerd and return at once.
PARAMS is a plist such as (:text \"...\") or nil.  CALLBACK is called
with the result, an alist with symbol keys.  ERRBACK, when given, is
called instead with an error condition when careerd answers an error
\(`career-rpc-error', whose data is MESSAGE CODE DATA) or the
connection fails (`career-connection-error'); by default the error
is shown in the echo area.  Signal `career-no-daemon' at once when
no daemon answers.  Return the request id."
  (career--send (make-career--request :method method :params params
                                      :callback callback
                                      :errback (or errback #'career--report-error))))

;;;###autoload
(defun career-call (method &optional params)
  "Call METHOD with PARAMS (a plist) on careerd; wait for and return the result.
The result is an alist with symbol keys.  Errors are signalled:
`career-rpc-error' (data: MESSAGE CODE DATA) when careerd answers with
one, `career-connection-error' when the connection fails or no answer
comes within `career-timeout' seconds, `career-no-daemon' when no
daemon answers."
  (let ((done nil) (result nil) (failure nil))
    (career-request method params
                    (lambda (r) (setq result r done t))
                    (lambda (e) (setq failure e done t)))
    (while (not done)
      (accept-process-output nil 0.05))
    (if failure
        (signal (car failure) (cdr failure))
      result)))

;;;; Showing answers

(defun career--answer-body (result)
  "The answer text of RESULT without its trailing source list."
  (let ((answer (or (alist-get 'answer result) "")))
    (if (and (alist-get 'sources result)
             (string-match "\n\nSources:\n\\(?:  \\[[0-9]+\\][^\n]*\n?\\)+\\'" answer))
        (substring answer 0 (match-beginning 0))
      answer)))

(defun career--footnote-text (n source)
  "The footnote line for SOURCE, numbered N."
  (let ((date (alist-get 'date source)))
    (format "[%d] %s, %s%s" n (or (alist-get 'title source) (alist-get 'id source))
            (or (alist-get 'publisher source) "")
            (if date (format " (%s)" date) ""))))

(defun career--goto-footnote (button)
  "Move to the footnote that BUTTON points to."
  (goto-char (button-get button 'career-footnote)))

(defun career--insert-answer (result ask)
  "Insert RESULT's answer at point: text, footnotes and suggestions.
Each suggestion is a button calling ASK with its text."
  (let ((body-start (point))
        (footnotes nil))
    (insert (career--answer-body result))
    (let ((body-end (point-marker))
          (n 0))
      (when (alist-get 'sources result)
        (insert "\n")
        (dolist (source (alist-get 'sources result))
          (setq n (1+ n))
          (insert "\n")
          (push (cons n (point-marker)) footnotes)
          (insert (propertize (career--footnote-text n source) 'face 'career-footnote))))
      (save-excursion
        (goto-char body-start)
        (while (re-search-forward "\\[\\([0-9]+\\)\\]" body-end t)
          (let ((target (alist-get (string-to-number (match-string 1)) footnotes)))
            (when target
              (make-text-button (match-beginning 0) (match-end 0)
                                'career-footnote target
                                'action #'career--goto-footnote
                                'follow-link t
                                'help-echo "Show this source")))))
      (set-marker body-end nil))
    (let ((suggestions (alist-get 'suggestions result)))
      (when suggestions
        (insert "\n\nTry:")
        (dolist (suggestion suggestions)
          (insert "\n  ")
          (insert-text-button suggestion
                              'action (lambda (_button) (funcall ask suggestion))
                              'follow-link t
                              'help-echo "Ask this"))))))

;;;; M-x career-ask

(defvar career-question-history nil
  "Questions asked with `career-ask'.")

(defvar career-answer-mode-map
  (let ((map (make-sparse-keymap)))
    (define-key map (kbd "TAB") #'forward-button)
    (define-key map (kbd "<backtab>") #'backward-button)
    (define-key map (kbd "a") #'career-ask)
    (define-key map (kbd "c") #'career-chat)
    map)
  "Keymap of the *career* buffer.")

(define-derived-mode career-answer-mode special-mode "Career"
  "Major mode of the *career* buffer, which shows careerd's last answer.
Suggestions and source marks are buttons: RET or a click follows them.
\\{career-answer-mode-map}"
  (setq-local truncate-lines nil)
  (visual-line-mode 1))

(defun career--answer-buffer ()
  "The *career* buffer, in `career-answer-mode'."
  (let ((buffer (get-buffer-create "*career*")))
    (with-current-buffer buffer
      (unless (derived-mode-p 'career-answer-mode)
        (career-answer-mode)))
    buffer))

(defun career--show-answer (question result)
  "Show QUESTION and careerd's RESULT in the *career* buffer."
  (with-current-buffer (career--answer-buffer)
    (let ((inhibit-read-only t))
      (erase-buffer)
      (insert (propertize question 'face 'career-question) "\n\n")
      (career--insert-answer result (lambda (q) (career-ask q t)))
      (insert "\n")
      (goto-char (point-min)))
    (display-buffer (current-buffer))))

(defun career--read-question (prompt)
  "Read a question with PROMPT; the active region's text is the default."
  (let ((default (and (use-region-p)
                      (string-trim (buffer-substring-no-properties
                                    (region-beginning) (region-end))))))
    (read-string (if default (format "%s(default %s) " prompt default) prompt)
                 nil 'career-question-history default)))

;;;###autoload
(defun career-ask (question &optional async)
  "Ask careerd QUESTION and show the answer in the *career* buffer.
Interactively, or when ASYNC is non-nil, return at once and show the
answer when it arrives.  Otherwise wait for it and return the answer
text.  Each question stands alone; `career-chat' keeps a conversation."
  (interactive (list (career--read-question "Ask careerd: ") t))
  (when (string-blank-p question)
    (user-error "Type a question for careerd"))
  (if async
      (progn
        (career-request "ask" (list :text question)
                        (lambda (result) (career--show-answer question result)))
        (message "Asking careerd...")
        nil)
    (let ((result (career-call "ask" (list :text question))))
      (career--show-answer question result)
      (alist-get 'answer result))))

;;;; M-x career-chat

(defvar-local career-chat-session nil
  "The careerd session id of this chat buffer.")

(defvar-local career-chat--prompt nil
  "Marker at the start of the prompt; transcript is inserted before it.")

(defvar-local career-chat--input nil
  "Marker at the start of the input, after the prompt.")

(defvar-local career-chat--waiting 0
  "How many questions of this chat still wait for their answer.")

(defvar career-chat-mode-map
  (let ((map (make-sparse-keymap)))
    (define-key map (kbd "RET") #'career-chat-send)
    (define-key map (kbd "C-c C-k") #'career-chat-reset)
    (define-key map (kbd "TAB") #'forward-button)
    (define-key map (kbd "<backtab>") #'backward-button)
    map)
  "Keymap of `career-chat-mode'.")

(define-derived-mode career-chat-mode text-mode "Career-Chat"
  "Major mode of a chat with careerd that keeps one conversation.
Type a question after the prompt and press RET.  Suggestions and
source marks are buttons: RET or a click follows them.
\\{career-chat-mode-map}"
  (setq-local truncate-lines nil)
  (visual-line-mode 1)
  (setq career-chat-session
        (format "emacs-%d-%06x" (emacs-pid) (random #xffffff)))
  (setq career-chat--waiting 0)
  (let ((inhibit-read-only t))
    (erase-buffer)
    (career-chat--insert-transcript-text
     (concat "Chat with careerd.  Type a question after the prompt and press RET;\n"
             "RET on a suggestion asks it.  C-c C-k forgets the conversation.\n"))
    (let ((start (point)))
      (insert (propertize "\n> " 'face 'career-speaker 'read-only t
                          'rear-nonsticky t 'front-sticky '(read-only)))
      (setq career-chat--input (point-marker))
      (setq career-chat--prompt (copy-marker start t))))
  (set-buffer-modified-p nil))

(defun career-chat--insert-transcript-text (text)
  "Insert TEXT at point as read-only transcript."
  (let ((start (point)))
    (insert text)
    (add-text-properties start (point) '(read-only t front-sticky (read-only)))))

(defun career-chat--append (function)
  "Call FUNCTION at the end of the transcript, making its text read-only.
Return a marker at the start of the inserted text."
  (let ((inhibit-read-only t)
        (start (copy-marker career-chat--prompt)))
    (save-excursion
      (goto-char career-chat--prompt)
      (let ((from (point)))
        (funcall function)
        (add-text-properties from (point) '(read-only t front-sticky (read-only)))))
    (set-buffer-modified-p nil)
    start))

(defun career-chat--fill (buffer start end fill)
  "In BUFFER, replace the text from START to END by calling FILL."
  (when (buffer-live-p buffer)
    (with-current-buffer buffer
      (let ((inhibit-read-only t))
        (save-excursion
          (goto-char start)
          (delete-region start end)
          (insert (propertize "careerd: " 'face 'career-speaker))
          (funcall fill)
          (add-text-properties start (point) '(read-only t front-sticky (read-only)))))
      (set-buffer-modified-p nil)
      (setq career-chat--waiting (max 0 (1- career-chat--waiting)))
      (set-marker start nil)
      (set-marker end nil))))

(defun career-chat-ask (question)
  "Ask QUESTION in this chat's conversation; the answer is shown when it comes."
  (unless (derived-mode-p 'career-chat-mode)
    (user-error "Not a careerd chat buffer"))
  (let ((buffer (current-buffer))
        (start nil) (end nil))
    (career-request
     "ask" (list :text question :session career-chat-session)
     (lambda (result)
       (career-chat--fill buffer start end
                          (lambda ()
                            (career--insert-answer
                             result
                             (lambda (q)
                               (with-current-buffer buffer (career-chat-ask q)))))))
     (lambda (condition)
       (career-chat--fill buffer start end
                          (lambda ()
                            (insert (propertize (career-error-message condition)
                                                'face 'error))))))
    (career-chat--append
     (lambda ()
       (insert "\n" (propertize "You: " 'face 'career-speaker) question "\n")
       (setq start (point-marker))
       (insert (propertize "careerd: ..." 'face 'career-speaker))
       (setq end (point-marker))
       (insert "\n")))
    (setq career-chat--waiting (1+ career-chat--waiting))))

(defun career-chat-send ()
  "Ask the question typed after the prompt."
  (interactive)
  (if (< (point) career-chat--input)
      (goto-char (point-max))
    (let ((question (string-trim (buffer-substring-no-properties
                                  career-chat--input (point-max)))))
      (if (string-empty-p question)
          (message "Type a question after the prompt")
        (career-chat-ask question)
        (delete-region career-chat--input (point-max))
        (goto-char (point-max))))))

(defun career-chat-reset ()
  "Make careerd forget this chat's conversation."
  (interactive)
  (let ((buffer (current-buffer)))
    (career-request "session.reset" (list :session career-chat-session)
                    (lambda (_result)
                      (when (buffer-live-p buffer)
                        (with-current-buffer buffer
                          (career-chat--append
                           (lambda () (insert "\n(conversation forgotten)\n")))))))))

;;;###autoload
(defun career-chat ()
  "Open the chat with careerd, a buffer keeping one conversation.
Return its buffer."
  (interactive)
  (let ((buffer (get-buffer "*career-chat*")))
    (unless buffer
      (setq buffer (get-buffer-create "*career-chat*"))
      (with-current-buffer buffer (career-chat-mode)))
    (when (called-interactively-p 'interactive)
      (pop-to-buffer buffer)
      (goto-char (point-max)))
    buffer))

(provide 'career)
;;; career.el ends here
