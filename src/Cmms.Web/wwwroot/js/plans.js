// The plan form's asset picker: search the registers, add what is found, or add everything inside an area drawn on the map.
(function () {
    const form = document.getElementById('plan-form');
    const search = document.getElementById('asset-search');
    const results = document.getElementById('asset-results');
    const chosen = document.getElementById('chosen-targets');
    if (!form) return;
    const single = results && results.dataset.single === 'true';
    const addLabel = results ? results.dataset.addLabel : 'Add';
    const removeLabel = results ? results.dataset.removeLabel : 'Remove';

    function has(value) {
        return !!chosen && Array.from(chosen.querySelectorAll('input[name="Targets"]')).some(i => i.value === value);
    }

    function choose(asset) {
        if (single) {
            document.getElementById('Asset').value = asset.value;
            search.value = asset.label;
            results.replaceChildren();
            return;
        }
        if (has(asset.value)) return;
        const li = document.createElement('li');
        li.className = 'list-group-item d-flex justify-content-between align-items-center';
        const label = document.createElement('span');
        label.textContent = asset.label + ' (' + asset.kind + ')';
        const input = document.createElement('input');
        input.type = 'hidden'; input.name = 'Targets'; input.value = asset.value;
        const remove = document.createElement('button');
        remove.type = 'button'; remove.className = 'btn btn-sm btn-outline-danger'; remove.textContent = removeLabel;
        remove.dataset.removeTarget = '';
        li.append(label, input, remove);
        chosen.append(li);
    }

    chosen?.addEventListener('click', e => {
        if (e.target.matches('[data-remove-target]')) e.target.closest('li').remove();
    });

    let timer, controller;
    search?.addEventListener('input', () => {
        clearTimeout(timer);
        timer = setTimeout(async () => {
            controller?.abort();
            controller = new AbortController();
            const q = search.value.trim();
            if (q.length < 2) { results.replaceChildren(); return; }
            try {
                const response = await fetch(search.dataset.searchUrl + '?q=' + encodeURIComponent(q), { signal: controller.signal, headers: { Accept: 'application/json' } });
                const assets = await response.json();
                results.replaceChildren(...assets.map(a => {
                    const li = document.createElement('li');
                    li.className = 'list-group-item d-flex justify-content-between align-items-center';
                    const text = document.createElement('span');
                    text.textContent = a.label + ' (' + a.kind + ')';
                    const add = document.createElement('button');
                    add.type = 'button'; add.className = 'btn btn-sm btn-outline-primary'; add.textContent = addLabel;
                    add.addEventListener('click', () => { choose(a); li.remove(); });
                    li.append(text, add);
                    return li;
                }));
            } catch (err) {
                if (err.name !== 'AbortError') results.replaceChildren();
            }
        }, 250);
    });

    document.getElementById('add-within')?.addEventListener('click', async e => {
        const area = document.getElementById('area');
        const body = new URLSearchParams({ area: area.value, __RequestVerificationToken: form.querySelector('input[name="__RequestVerificationToken"]').value });
        const response = await fetch(e.target.dataset.withinUrl, { method: 'POST', body, headers: { Accept: 'application/json' } });
        if (!response.ok) {
            const problem = await response.json().catch(() => ({}));
            area.setCustomValidity(problem.title || '');
            area.reportValidity();
            return;
        }
        area.setCustomValidity('');
        (await response.json()).forEach(choose);
    });
})();
