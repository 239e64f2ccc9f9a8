// GIS import pages: the file is sent with a progress bar (large inventories take a while), and a run under
// way shows its progress, read every second from the server, until the page can show its outcome.
// Without this script the forms post normally and the page has a "Refresh" link.
(function () {
    'use strict';

    function format(template) {
        var args = Array.prototype.slice.call(arguments, 1);
        return template.replace(/\{(\d+)\}/g, function (_, i) { return args[i]; });
    }

    function setBar(container, percent) {
        container.setAttribute('aria-valuenow', String(percent));
        container.querySelector('.progress-bar').style.width = percent + '%';
    }

    var upload = document.getElementById('import-upload');
    if (upload && window.XMLHttpRequest && window.FormData) {
        var bar = document.getElementById('upload-progress');
        var status = document.getElementById('upload-status');
        upload.addEventListener('submit', function (event) {
            event.preventDefault();
            var button = upload.querySelector('button[type="submit"]');
            var xhr = new XMLHttpRequest();
            xhr.open('POST', upload.action);
            xhr.setRequestHeader('X-Requested-With', 'XMLHttpRequest');
            xhr.setRequestHeader('Accept', 'application/json');
            xhr.upload.addEventListener('progress', function (e) {
                if (e.lengthComputable) {
                    var percent = Math.round(100 * e.loaded / e.total);
                    setBar(bar, percent);
                    status.textContent = format(upload.dataset.sending, percent);
                }
            });
            xhr.addEventListener('load', function () {
                var answer = null;
                try {
                    answer = JSON.parse(xhr.responseText);
                } catch (e) {
                    answer = null;
                }
                if (xhr.status === 200 && answer && answer.url) {
                    window.location.assign(answer.url);
                    return;
                }
                button.disabled = false;
                bar.classList.add('d-none');
                status.textContent = answer && answer.errors ? answer.errors.join(' ') : upload.dataset.failed;
                status.classList.add('text-danger');
            });
            xhr.addEventListener('error', function () {
                button.disabled = false;
                bar.classList.add('d-none');
                status.textContent = upload.dataset.failed;
                status.classList.add('text-danger');
            });
            button.disabled = true;
            status.classList.remove('text-danger');
            bar.classList.remove('d-none');
            setBar(bar, 0);
            xhr.send(new FormData(upload));
        });
    }

    var progress = document.getElementById('import-progress');
    if (progress) {
        var runBar = document.getElementById('import-bar');
        var runStatus = document.getElementById('import-status');
        setBar(runBar, parseInt(runBar.getAttribute('aria-valuenow'), 10) || 0);
        var poll = function () {
            fetch(progress.dataset.progressUrl, { credentials: 'same-origin', headers: { 'Accept': 'application/json' } })
                .then(function (response) { return response.ok ? response.json() : null; })
                .then(function (state) {
                    if (!state) {
                        setTimeout(poll, 3000);
                        return;
                    }
                    if (!state.running) {
                        // The dry run's verdict, the import's outcome or its failure: the page says it best.
                        window.location.reload();
                        return;
                    }
                    setBar(runBar, state.percent);
                    if (state.state === 'Checking' && state.total > 0 && state.done >= state.total) {
                        runStatus.textContent = progress.dataset.registering;
                    } else {
                        runStatus.textContent = format(state.state === 'Importing' ? progress.dataset.importing : progress.dataset.checking, state.done, state.total);
                    }
                    setTimeout(poll, 1000);
                })
                .catch(function () { setTimeout(poll, 3000); });
        };
        setTimeout(poll, 500);
    }
})();
